package nl.bijeen.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisers' sign-in page, which tells after how many failed attempts the waits begin.
 */
@Controller
class LoginController {

	private final AccountPolicyProperties policy;

	LoginController(AccountPolicyProperties policy) {
		this.policy = policy;
	}

	/**
	 * The sign-in form; after a throttled attempt ({@code ?wait=<seconds>}) it says how long to wait.
	 */
	@GetMapping("/login")
	String login(@RequestParam(required = false) String wait, Model model) {
		model.addAttribute("failuresBeforeWaiting", this.policy.getAccountThreshold());
		if (wait != null && wait.matches("[0-9]{1,7}")) {
			model.addAttribute("waitSeconds", Integer.parseInt(wait));
		}
		return "web/login";
	}

}
