package nl.bijeen.attendance.web;

/**
 * The code typed or scanned at the door.
 */
public class CheckInForm {

	private String code;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
