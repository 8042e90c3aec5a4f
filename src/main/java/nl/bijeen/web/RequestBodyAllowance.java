package nl.bijeen.web;

import java.util.OptionalLong;

/**
 * A larger request body limit for some routes than their area's ({@link WebProperties}), declared by the module
 * that owns them (the materials module's upload forms). The first allowance that names a limit for a request wins.
 */
public interface RequestBodyAllowance {

	/**
	 * The largest body this request may send, or empty to leave it to the area's limit.
	 * @param method the request's method
	 * @param path the request's path within the application
	 */
	OptionalLong limit(String method, String path);

}
