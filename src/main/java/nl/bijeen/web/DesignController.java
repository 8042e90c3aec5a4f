package nl.bijeen.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A living style guide for organisers and designers: every component of the design system on one page,
 * to check a house style (token overrides) and to copy markup from.
 */
@Guard(Need.PLATFORM)
@Controller
class DesignController {

	@GetMapping("/admin/design")
	String design() {
		return "web/design";
	}

}
