package nl.bijeen.materials;

/**
 * An upload that is refused (nothing was stored): the field and the message code, with its arguments.
 */
public class MaterialRejected extends RuntimeException {

	private final String field;

	private final String code;

	private final transient Object[] arguments;

	public MaterialRejected(String field, String code, Object... arguments) {
		super(code);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
