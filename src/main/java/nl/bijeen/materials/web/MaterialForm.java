package nl.bijeen.materials.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form: a title, the file, where it belongs (the event, or one of its sessions) and whether it is for
 * registrants only.
 */
public class MaterialForm {

	private String title;

	private MultipartFile file;

	private Long sessionId;

	private boolean registrantsOnly;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public Long getSessionId() {
		return this.sessionId;
	}

	public void setSessionId(Long sessionId) {
		this.sessionId = sessionId;
	}

	public boolean isRegistrantsOnly() {
		return this.registrantsOnly;
	}

	public void setRegistrantsOnly(boolean registrantsOnly) {
		this.registrantsOnly = registrantsOnly;
	}

}
