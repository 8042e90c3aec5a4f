package nl.bijeen.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Site-wide settings.
 */
@ConfigurationProperties("bijeen")
public class BijeenProperties {

	/**
	 * Public base URL of this installation, used in mails, calendar files, feeds and structured data.
	 */
	private String baseUrl = "http://localhost:8080";

	/**
	 * Name of the site as shown in the header and in mails.
	 */
	private String siteName = "bijeen";

	/**
	 * Optional extra stylesheet with a house style (overrides of the design tokens), loaded after
	 * bijeen.css; for example {@code /css/theme.css}. See static/css/theme-example.css.
	 */
	private String themeStylesheet;

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	public String getSiteName() {
		return this.siteName;
	}

	public void setSiteName(String siteName) {
		this.siteName = siteName;
	}

	public String getThemeStylesheet() {
		return this.themeStylesheet;
	}

	public void setThemeStylesheet(String themeStylesheet) {
		this.themeStylesheet = themeStylesheet;
	}

}
