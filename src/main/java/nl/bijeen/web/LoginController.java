package nl.bijeen.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The organisers' sign-in page.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "web/login";
	}

}
