package nl.bijeen.accounts;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.passay.DictionaryRule;
import org.passay.DictionarySubstringRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password policy (Passay): at least 12 characters, not the account name, and not a common or breached
 * password, nor one built around such a password of 8 characters or more ({@code password1234}). The list
 * is the 49,000 most common passwords of the zxcvbn-ts project ({@code @zxcvbn-ts/language-common}, MIT),
 * shipped as {@code accounts/common-passwords.txt}.
 */
@Component
public class PasswordPolicy {

	/** The shortest password allowed. */
	public static final int MIN_LENGTH = 12;

	/** The longest password accepted (hashing very long input costs time). */
	public static final int MAX_LENGTH = 200;

	private final PasswordValidator validator;

	PasswordPolicy() {
		ArrayWordList words = load();
		List<String> longer = new java.util.ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).length() >= 8) {
				longer.add(words.get(i));
			}
		}
		ArrayWordList longWords = new ArrayWordList(longer.toArray(String[]::new), false, new ArraysSort());
		this.validator = new PasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH), new UsernameRule(true, true),
				new DictionaryRule(new WordListDictionary(words)),
				new DictionarySubstringRule(new WordListDictionary(longWords)));
	}

	/**
	 * The problems of a password, as message keys ({@code password.policy.*}); empty when it is fine.
	 */
	public List<String> problems(String username, String password) {
		if (password == null || password.isEmpty()) {
			return List.of("password.policy.required");
		}
		RuleResult result = this.validator.validate(new PasswordData(username == null ? "" : username, password));
		return result.getDetails()
			.stream()
			.map(RuleResultDetail::getErrorCode)
			.map(PasswordPolicy::key)
			.distinct()
			.toList();
	}

	private static String key(String code) {
		return switch (code) {
			case "TOO_SHORT" -> "password.policy.tooShort";
			case "TOO_LONG" -> "password.policy.tooLong";
			case "ILLEGAL_USERNAME", "ILLEGAL_USERNAME_REVERSED" -> "password.policy.username";
			default -> "password.policy.common";
		};
	}

	private static ArrayWordList load() {
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("accounts/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8)) {
			return WordLists.createFromReader(new Reader[] { reader }, false, new ArraysSort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
