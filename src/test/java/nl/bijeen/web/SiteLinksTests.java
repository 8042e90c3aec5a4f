package nl.bijeen.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class SiteLinksTests {

	final BijeenProperties properties = new BijeenProperties();

	final SiteLinks site = new SiteLinks(this.properties,
			new org.springframework.beans.factory.support.StaticListableBeanFactory()
				.getBeanProvider(org.springframework.web.servlet.resource.ResourceUrlProvider.class));

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void marksTheCurrentPageAndItsSection() {
		on("/admin/pages/privacy", null);
		assertThat(this.site.current("/admin/pages/privacy")).isEqualTo("page");
		assertThat(this.site.current("/admin")).isEqualTo("true");
		assertThat(this.site.current("/")).isNull();
		assertThat(this.site.currentByPrefix().get("/admin")).isEqualTo("true");
		on("/", null);
		assertThat(this.site.current("/")).isEqualTo("page");
		assertThat(this.site.current("/archief")).isNull();
	}

	@Test
	void languageLinksKeepThePathAndTheOtherParameters() {
		on("/agenda", "thema=sociale-basis&lang=nl&pagina=2");
		assertThat(this.site.languageUrl("en")).isEqualTo("/agenda?thema=sociale-basis&pagina=2&lang=en");
		on("/agenda", null);
		assertThat(this.site.languageUrl("nl")).isEqualTo("/agenda?lang=nl");
	}

	@Test
	void onAnErrorPageLooksAtTheAddressThatFailed() {
		MockHttpServletRequest request = on("/error", null);
		request.setDispatcherType(jakarta.servlet.DispatcherType.ERROR);
		request.setAttribute(SiteLinks.ERROR_URI, "/archief/weg");
		request.setAttribute(SiteLinks.ERROR_QUERY, "jaar=2024");
		assertThat(this.site.path()).isEqualTo("/archief/weg");
		assertThat(this.site.current("/archief")).isEqualTo("true");
		assertThat(this.site.languageUrl("en")).isEqualTo("/archief/weg?jaar=2024&lang=en");
	}

	@Test
	void themeStylesheetOnlyWhenConfigured() {
		assertThat(this.site.theme()).isNull();
		this.properties.setThemeStylesheet("/css/theme.css");
		assertThat(this.site.theme()).isEqualTo("/css/theme.css");
		assertThat(this.site.name()).isEqualTo("bijeen");
	}

	@Test
	void worksOutsideARequest() {
		assertThat(this.site.path()).isEqualTo("/");
		assertThat(this.site.languageUrl("en")).isEqualTo("/?lang=en");
		assertThat(this.site.signedInName()).isNull();
	}

	private static MockHttpServletRequest on(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		return request;
	}

}
