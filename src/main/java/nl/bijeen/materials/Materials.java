package nl.bijeen.materials;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Zones;
import nl.bijeen.programme.ProgrammeRows;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploading, listing and deleting materials (the organiser's side; what visitors may see is
 * {@link PublicMaterials}). An upload is checked before anything is stored: a title, content, not too large, and
 * a type on the allow-list as Tika reads it from the content. Uploads and deletions are audited.
 */
@Service
public class Materials {

	static final int MAX_TITLE = 200;

	private final StoredMaterials stored;

	private final ProgrammeRows programme;

	private final MaterialsProperties properties;

	private final MaterialsAudit audit;

	private final ApplicationEventPublisher events;

	Materials(StoredMaterials stored, ProgrammeRows programme, MaterialsProperties properties, MaterialsAudit audit,
			ApplicationEventPublisher events) {
		this.stored = stored;
		this.programme = programme;
		this.properties = properties;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Stores the file.
	 * @throws MaterialRejected when it is empty, too large, of a type not allowed, or without a title
	 * @throws NotFoundException when the session is not of the event, or the article does not exist
	 */
	@Transactional
	public Material upload(Upload upload) {
		Material material = store(upload, true);
		this.audit.uploaded(material);
		return material;
	}

	/** Stores a file without an audit entry (demo content and tests of other modules). */
	@Transactional
	public Material seed(Upload upload) {
		return store(upload, false);
	}

	private Material store(Upload upload, boolean signedIn) {
		MaterialOwner owner = check(upload.owner());
		String title = upload.title() == null ? "" : upload.title().strip();
		if (title.isEmpty()) {
			throw new MaterialRejected("title", "materials.error.title.required");
		}
		if (title.length() > MAX_TITLE) {
			throw new MaterialRejected("title", "materials.error.title.long", MAX_TITLE);
		}
		byte[] content = upload.content();
		if (content == null || content.length == 0) {
			throw new MaterialRejected("file", "materials.error.empty");
		}
		if (content.length > this.properties.getMaxFileSize().toBytes()) {
			throw new MaterialRejected("file", "materials.error.tooLarge", this.properties.maxFileSizeText());
		}
		MaterialType type = MaterialTypes.detect(content)
			.orElseThrow(() -> new MaterialRejected("file", "materials.error.type"));
		boolean registrantsOnly = upload.registrantsOnly() && owner.articleId() == null;
		long id = this.stored.insert(owner, title, FileNames.forAddress(upload.originalName(), title, type), type,
				content, sha256(content), registrantsOnly, LocalDateTime.now(Zones.AMSTERDAM).withNano(0),
				signedIn ? currentUser() : null);
		Material material = this.stored.find(id).orElseThrow();
		this.events.publishEvent(MaterialsChanged.of(material));
		return material;
	}

	private MaterialOwner check(MaterialOwner owner) {
		if (owner.articleId() != null) {
			this.stored.articleTitle(owner.articleId()).orElseThrow(() -> new NotFoundException("No such article"));
			return owner;
		}
		if (owner.sessionId() != null) {
			this.programme.session(owner.sessionId())
				.filter(s -> owner.eventId().equals(s.eventId()))
				.orElseThrow(() -> new NotFoundException("No such session of this event"));
		}
		return owner;
	}

	/** The files of an event (its sessions' too) or of an article, for the organiser. */
	@Transactional(readOnly = true)
	public List<Material> of(MaterialOwner owner) {
		return owner.articleId() != null ? this.stored.ofArticle(owner.articleId()) : this.stored.ofEvent(owner.eventId());
	}

	/**
	 * One file of the event or article.
	 * @throws NotFoundException when it does not exist or belongs elsewhere
	 */
	@Transactional(readOnly = true)
	public Material find(MaterialOwner owner, long id) {
		return this.stored.find(id).filter(owner::holds).orElseThrow(() -> new NotFoundException("No such material"));
	}

	/**
	 * Deletes one file of the event or article.
	 * @throws NotFoundException when it does not exist or belongs elsewhere
	 */
	@Transactional
	public void delete(MaterialOwner owner, long id) {
		Material material = find(owner, id);
		if (this.stored.delete(id)) {
			this.audit.deleted(material);
			this.events.publishEvent(MaterialsChanged.of(material));
		}
	}

	/** The title of the article, for the organiser's screen. */
	@Transactional(readOnly = true)
	public String articleTitle(long articleId) {
		return this.stored.articleTitle(articleId).orElseThrow(() -> new NotFoundException("No such article"));
	}

	/** The largest file that may be uploaded, as people read it ("20 MB"). */
	public String maxFileSizeText() {
		return this.properties.maxFileSizeText();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? null : authentication.getName();
	}

}
