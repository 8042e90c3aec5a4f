package nl.bijeen.web;

import nl.bijeen.common.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlErrorPageResolverTests {

	final HtmlErrorPageResolver resolver = new HtmlErrorPageResolver(new StaticApplicationContext());

	@Test
	void browsersGetTheNotFoundPage() {
		ModelAndView page = resolve(request("/evenementen/onbekend", "text/html,application/xhtml+xml,*/*;q=0.8"), null,
				new NotFoundException("no such event"));
		assertThat(page.getViewName()).isEqualTo("error/404");
		assertThat(page.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page.getModel()).containsEntry("status", 404).doesNotContainKey("message");
	}

	@Test
	void apiAddressesRestControllersAndJsonClientsAreLeftToTheApiHandlers() throws NoSuchMethodException {
		NotFoundException missing = new NotFoundException("x");
		assertThat(resolve(request("/api/events/1", "text/html"), null, missing)).isNull();
		assertThat(resolve(request("/events/1", "application/json"), null, missing)).isNull();
		HandlerMethod rest = new HandlerMethod(new SomeRestController(), SomeRestController.class.getMethod("get"));
		assertThat(resolve(request("/events/1", "*/*"), rest, missing)).isNull();
	}

	@Test
	void unexpectedExceptionsAreLeftToTheServerErrorPage() {
		assertThat(resolve(request("/privacy", "text/html"), null, new IllegalStateException())).isNull();
	}

	@Test
	void readsTheAcceptHeaderLikeABrowser() {
		assertThat(HtmlErrorPageResolver.acceptsHtml(request("/", null))).isTrue();
		assertThat(HtmlErrorPageResolver.acceptsHtml(request("/", "*/*"))).isTrue();
		assertThat(HtmlErrorPageResolver.acceptsHtml(request("/", "text/*"))).isTrue();
		assertThat(HtmlErrorPageResolver.acceptsHtml(request("/", "application/problem+json"))).isFalse();
		assertThat(HtmlErrorPageResolver.acceptsHtml(request("/", "text/html;q=0, application/json"))).isFalse();
		assertThat(HtmlErrorPageResolver.acceptsHtml(request("/", "not a media type"))).isFalse();
	}

	private ModelAndView resolve(MockHttpServletRequest request, Object handler, Exception ex) {
		return this.resolver.resolveException(request, new MockHttpServletResponse(), handler, ex);
	}

	private static MockHttpServletRequest request(String path, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		return request;
	}

	@RestController
	static class SomeRestController {

		@GetMapping("/events/1")
		public String get() {
			return "{}";
		}

	}

}
