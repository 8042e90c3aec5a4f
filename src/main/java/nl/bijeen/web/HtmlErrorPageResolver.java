package nl.bijeen.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.bijeen.common.NotFoundException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives people in a browser the friendly error page (templates/error) when a page does not exist
 * ({@link NotFoundException} from an HTML controller, or an unknown address) or a request to a page is
 * malformed. Runs before the {@code @ControllerAdvice} handlers, except for a {@link NotFoundException} thrown
 * by a controller: a module may answer that with a page of its own (e.g. an unknown personal link), and
 * otherwise the exception's 404 status leads to the same error page. It declines everything that is not an
 * HTML page: requests under {@code /api}, requests to {@code @ResponseBody} handlers, and clients that do
 * not accept HTML. Those get problem+json from the API's own handlers. Unexpected exceptions are left to
 * Spring Boot's error page (templates/error/500.html).
 */
@Component
class HtmlErrorPageResolver implements HandlerExceptionResolver, Ordered {

	private final java.util.List<org.springframework.web.method.ControllerAdviceBean> advices;

	@org.springframework.beans.factory.annotation.Autowired
	HtmlErrorPageResolver(org.springframework.context.ApplicationContext context) {
		this(org.springframework.web.method.ControllerAdviceBean.findAnnotatedBeans(context));
	}

	HtmlErrorPageResolver() {
		this(java.util.List.of());
	}

	private HtmlErrorPageResolver(java.util.List<org.springframework.web.method.ControllerAdviceBean> all) {
		this.advices = all.stream()
			.filter(advice -> advice.getBeanType() != null
					&& !advice.getBeanType().getPackageName().equals(HtmlErrorPageResolver.class.getPackageName())
					&& !advice.getBeanType().isAnnotationPresent(org.springframework.web.bind.annotation.RestControllerAdvice.class))
			.toList();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (ErrorPages.isApi(request) || isRest(handler) || !acceptsHtml(request)) {
			return null;
		}
		if (ex instanceof NotFoundException && handler instanceof HandlerMethod && hasOwnAdvice(handler, ex)) {
			return null;
		}
		HttpStatusCode status = statusOf(ex);
		if (status != null && status.value() != 404) {
			ClientErrors.log(request, status.value(), ex);
		}
		return (status != null) ? ErrorPages.page(status) : null;
	}

	private static HttpStatusCode statusOf(Exception ex) {
		if (ex instanceof NotFoundException) {
			return HttpStatus.NOT_FOUND;
		}
		if (ex instanceof TypeMismatchException || ex instanceof InvalidPropertyException
				|| ex instanceof org.springframework.security.web.firewall.RequestRejectedException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (ex instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
			return error.getStatusCode();
		}
		return null;
	}

	/**
	 * Whether a module's own advice answers this not-found for this controller: the advice applies to the
	 * controller's package or type and has an exception handler for it (registration, agenda, admin pages). An
	 * advice that applies everywhere but handles other exceptions only (the materials' upload limit) does not count.
	 */
	private boolean hasOwnAdvice(Object handler, Exception ex) {
		Class<?> type = ((HandlerMethod) handler).getBeanType();
		return this.advices.stream().anyMatch(advice -> advice.isApplicableToBeanType(type)
				&& new org.springframework.web.method.annotation.ExceptionHandlerMethodResolver(advice.getBeanType())
					.resolveMethodByThrowable(ex) != null);
	}

	private static boolean isRest(Object handler) {
		return handler instanceof HandlerMethod method
				&& (AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
						|| method.hasMethodAnnotation(ResponseBody.class));
	}

	static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML) && type.getQualityValue() > 0);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
