package nl.bijeen.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Fires hostile values at the parameters of every route of bijeen (public, admin and API, found through
 * the handler mapping), as an administrator: path variables, query and form parameters (also the
 * properties of form objects, and indexes in field names such as {@code answers[99999999999]}), headers
 * and JSON bodies. Whatever comes in, the answer is never a server error. Runs on the demo content, so
 * that the routes reach real events, people and pages.
 */
@SpringBootTest(properties = { "bijeen.demo.enabled=true", "bijeen.registration.jobs-enabled=false",
		"bijeen.registration.rate-limit=100000" })
@AutoConfigureMockMvc
abstract class HostileParametersContract {

	static final List<String> HOSTILE = List.of("\u0000", "a\r\nb", "%", "'; drop table event; --",
			"99999999999999999999", "-1", "abc", "1e309", "<script>alert(1)</script>", "../../etc/passwd",
			"x".repeat(5000), "\uFFFF\u202E", "2026-13-45T25:61", "", " ", "[", "{\"a\":1}", "null");

	static final List<String> HOSTILE_BODIES = List.of("", "{", "[]", "null", "\"\"", "{\"choices\":{\"abc\":\"x\"}}",
			"{\"answers\":{\"99999999999999999999\":[\"x\"]}}", "[".repeat(5000) + "]".repeat(5000),
			"{\"startsAt\":\"2026-13-45T25:61\",\"capacity\":99999999999999999999}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void noParameterValueGivesAServerError() throws Exception {
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : this.mapping.getHandlerMethods().entrySet()) {
			for (String pattern : route.getKey().getPatternValues()) {
				if (pattern.startsWith("/actuator") || pattern.equals("/error") || pattern.contains("swagger") || pattern.startsWith("/v3/")
						|| pattern.startsWith("/api/test-problems")) {
					continue;
				}
				for (HttpMethod method : methods(route.getKey())) {
					for (MockHttpServletRequestBuilder hostile : requests(pattern, method, route.getValue())) {
						requests++;
						check(hostile, method + " " + pattern, failures);
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(1000);
		assertThat(failures).isEmpty();
	}

	private void check(MockHttpServletRequestBuilder request, String route, List<String> failures) {
		try {
			int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
			if (status >= 500) {
				failures.add(route + " -> " + status + " for " + describe(request));
			}
		}
		catch (Exception ex) {
			failures.add(route + " -> " + ex.getClass().getSimpleName() + " for " + describe(request) + ": "
					+ ex.getMessage());
		}
	}

	private static String describe(MockHttpServletRequestBuilder request) {
		var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
		String text = built.getRequestURI() + " " + built.getParameterMap().keySet();
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

	private static Set<HttpMethod> methods(RequestMappingInfo info) {
		Set<HttpMethod> methods = new LinkedHashSet<>();
		for (RequestMethod method : info.getMethodsCondition().getMethods()) {
			methods.add(method.asHttpMethod());
		}
		if (methods.isEmpty()) {
			methods.add(HttpMethod.GET);
			methods.add(HttpMethod.POST);
		}
		return methods;
	}

	private List<MockHttpServletRequestBuilder> requests(String pattern, HttpMethod method, HandlerMethod handler) {
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		for (String value : HOSTILE) {
			requests.add(base(method, expand(pattern, value)));
		}
		String plain = expand(pattern, null);
		for (String value : HOSTILE) {
			MockHttpServletRequestBuilder request = base(method, plain).param("lang", value);
			for (String name : parameterNames(handler)) {
				request.param(name, value);
			}
			requests.add(request);
		}
		MockHttpServletRequestBuilder indexed = base(method, plain);
		for (String name : parameterNames(handler)) {
			indexed.param(name + "[99999999999]", "1").param(name + "[abc]", "x").param(name + "[-1]", "1")
				.param(name + "[1].x", "1");
		}
		requests.add(indexed);
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				for (String body : HOSTILE_BODIES) {
					requests.add(base(method, plain).contentType(MediaType.APPLICATION_JSON).content(body));
				}
				for (String value : List.of("\u0000", "a\r\nb", "x".repeat(5000))) {
					requests.add(base(method, plain).contentType(MediaType.APPLICATION_JSON)
						.content(json(parameter.getParameterType(), value)));
				}
			}
			RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
			if (header != null) {
				String name = !header.name().isEmpty() ? header.name() : header.value();
				for (String value : List.of("\u0000x", "x".repeat(5000), "")) {
					requests.add(base(method, plain).header(name.isEmpty() ? "X-Unknown" : name, value)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{}"));
				}
			}
		}
		return requests;
	}

	private static MockHttpServletRequestBuilder base(HttpMethod method, String uri) {
		String address = "10." + ThreadLocalRandom.current().nextInt(250) + "." + ThreadLocalRandom.current().nextInt(250)
				+ "." + ThreadLocalRandom.current().nextInt(250);
		return request(method, java.net.URI.create(uri)).with(user("admin").roles("ADMIN"))
			.with(csrf())
			.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL)
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	/**
	 * The pattern with every path variable replaced by the value, or (for {@code null}) by a plausible one.
	 */
	private static String expand(String pattern, String value) {
		StringBuilder uri = new StringBuilder();
		for (String segment : pattern.split("/", -1)) {
			if (!uri.isEmpty() || pattern.startsWith("/")) {
				uri.append(uri.isEmpty() && segment.isEmpty() ? "" : "/");
			}
			if (segment.startsWith("{") && segment.endsWith("}")) {
				String name = segment.substring(1, segment.length() - 1).replaceAll("[:*].*", "");
				String replacement = value != null ? value : plausible(name);
				uri.append(UriUtils.encodePathSegment(replacement, java.nio.charset.StandardCharsets.UTF_8));
			}
			else if (segment.contains("{")) {
				uri.append(segment.replaceAll("\\{[^}]*}", value != null
						? UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8) : "1"));
			}
			else {
				uri.append(segment);
			}
		}
		return uri.isEmpty() ? "/" : uri.toString();
	}

	private static String plausible(String name) {
		if (name.toLowerCase().endsWith("id")) {
			return "1";
		}
		if (name.equals("token")) {
			return "A".repeat(43);
		}
		return "empowerment-in-de-wijk";
	}

	/**
	 * The names a handler reads from the query or form: its request parameters and the properties of its
	 * form objects.
	 */
	private static Set<String> parameterNames(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestBody.class)
					|| parameter.hasParameterAnnotation(RequestHeader.class)) {
				continue;
			}
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : param.value();
				names.add(name.isEmpty() ? String.valueOf(parameter.getParameterName()) : name);
			}
			else if (BeanUtils.isSimpleProperty(type)) {
				if (parameter.getParameterName() != null) {
					names.add(parameter.getParameterName());
				}
			}
			else if (type.getName().startsWith("nl.bijeen")) {
				names.addAll(properties(type));
			}
		}
		return names;
	}

	private static Set<String> properties(Class<?> type) {
		Set<String> names = new LinkedHashSet<>();
		if (type.isRecord()) {
			RecordComponent[] components = type.getRecordComponents();
			java.lang.reflect.Parameter[] parameters;
			try {
				parameters = type.getDeclaredConstructor(
						java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
					.getParameters();
			}
			catch (NoSuchMethodException ex) {
				parameters = null;
			}
			for (int i = 0; i < components.length; i++) {
				BindParam bind = components[i].getAnnotation(BindParam.class);
				if (bind == null && parameters != null) {
					bind = parameters[i].getAnnotation(BindParam.class);
				}
				names.add(bind != null ? bind.value() : components[i].getName());
			}
			return names;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				names.add(property.getName());
			}
		}
		return names;
	}

	private static String json(Class<?> type, String value) {
		String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000")
			.replace("\r", "\\r").replace("\n", "\\n");
		StringBuilder json = new StringBuilder("{");
		for (String name : properties(type)) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(name).append("\":\"").append(escaped).append('"');
		}
		return json.append('}').toString();
	}

}
