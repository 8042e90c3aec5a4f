package nl.bijeen.accounts.web;

/**
 * A code from the authenticator app, or a recovery code.
 */
public class CodeForm {

	private String code;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
