package nl.bijeen.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of bijeen's API, shown at {@code /v3/api-docs} and {@code /swagger-ui.html}.
 * Write operations of other modules refer to the security scheme {@value #BEARER}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
		info = @Info(title = "bijeen API", version = "1",
				description = """
						Open data about events in the Dutch social domain: conferences, debates, online and hybrid \
						meetings, with their programme, speakers, organisers, themes and audiences.

						Reading is public and needs no key. Only published events are visible. Times are ISO-8601 \
						with the offset of Europe/Amsterdam, e.g. `2027-11-10T09:30:00+01:00`. Lists are paged: \
						`page` starts at 0, `size` is at most 100. Errors are RFC 9457 `application/problem+json`; \
						validation errors carry an `errors` array of `{field, message}` in the language of \
						`Accept-Language` (nl or en).

						Write calls need an API token that organisers create at `/admin/tokens`, sent as \
						`Authorization: Bearer <token>`. They take what the read calls give: read an event, change \
						it and send it back with PUT (fields only the server knows are ignored, of references only \
						the `id` counts; `version` guards against lost changes). Times sent with an offset (`Z`, \
						`+01:00`, `+02:00`) are converted to the wall-clock time in Europe/Amsterdam; a time \
						without offset is taken as wall-clock time in Europe/Amsterdam.""",
				contact = @Contact(name = "bijeen"),
				license = @License(name = "EUPL-1.2",
						url = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")),
		tags = { @Tag(name = ApiDocumentation.EVENTS, description = "Published events and their programme"),
				@Tag(name = ApiDocumentation.PEOPLE, description = "Speakers, day chairs, panel members, session leaders"),
				@Tag(name = ApiDocumentation.ORGANISATIONS, description = "Organisations that organise events or that people work for"),
				@Tag(name = ApiDocumentation.TAXONOMY, description = "Themes and audiences to filter events by"),
				@Tag(name = ApiDocumentation.ARTICLES, description = "Published articles: news, interviews, previews, reports"),
				@Tag(name = ApiDocumentation.SEARCH, description = "Search across events, articles, people and organisations") })
@SecurityScheme(name = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An API token from /admin/tokens, for write calls only.")
class ApiDocumentation {

	/** Name of the bearer token security scheme, for {@code @SecurityRequirement(name = "bearerToken")}. */
	static final String BEARER = "bearerToken";

	static final String EVENTS = "Events";

	static final String PEOPLE = "People";

	static final String ORGANISATIONS = "Organisations";

	static final String TAXONOMY = "Themes and audiences";

	static final String ARTICLES = "Articles";

	static final String SEARCH = "Search";

}
