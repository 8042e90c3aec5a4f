package nl.bijeen.materials.web;

import java.io.IOException;

import nl.bijeen.materials.Material;
import nl.bijeen.materials.MaterialOwner;
import nl.bijeen.materials.MaterialRejected;
import nl.bijeen.materials.Materials;
import nl.bijeen.materials.Upload;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the event's and the article's upload forms share: turning the form into an upload, and a refusal into a
 * field error.
 */
@Component
class MaterialUploads {

	private final Materials materials;

	MaterialUploads(Materials materials) {
		this.materials = materials;
	}

	/** Stores the form's file; {@code null} with field errors in {@code result} when it is refused. */
	Material upload(MaterialOwner owner, MaterialForm form, BindingResult result) {
		MultipartFile file = form.getFile();
		try {
			byte[] content = (file == null) ? new byte[0] : file.getBytes();
			return this.materials.upload(new Upload(owner, form.getTitle(), form.isRegistrantsOnly(),
					file == null ? null : file.getOriginalFilename(), content));
		}
		catch (MaterialRejected ex) {
			result.rejectValue(ex.field(), ex.code(), ex.arguments(), null);
		}
		catch (IOException ex) {
			result.rejectValue("file", "materials.error.unreadable");
		}
		return null;
	}

}
