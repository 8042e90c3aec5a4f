package nl.bijeen.accounts.web;

/**
 * A new password, typed twice: set through a link from a mail, or changed by the signed-in organiser (then
 * with the current password).
 */
public class NewPasswordForm {

	private String current;

	private String password;

	private String confirmation;

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

	public boolean confirmed() {
		return this.password != null && this.password.equals(this.confirmation);
	}

}
