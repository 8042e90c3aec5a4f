package nl.bijeen.registration.mail;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the registration mails from Thymeleaf templates in {@code templates/registration/mail/}: an HTML
 * part ({@code .html}) and a plain text part ({@code .txt}), in the participant's language.
 */
@Component
class MailTemplates {

	private final SpringTemplateEngine html;

	private final SpringTemplateEngine text;

	MailTemplates(MessageSource messages) {
		this.html = engine(TemplateMode.HTML, ".html", messages);
		this.text = engine(TemplateMode.TEXT, ".txt", messages);
	}

	String html(String template, Locale locale, Map<String, Object> model) {
		return this.html.process(template, new Context(locale, model));
	}

	String text(String template, Locale locale, Map<String, Object> model) {
		return this.text.process(template, new Context(locale, model));
	}

	private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/registration/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}
