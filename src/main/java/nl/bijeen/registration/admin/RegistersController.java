package nl.bijeen.registration.admin;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.registration.AccreditationRegisters;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accreditation registers, for platform administrators: add one, change its name, PE-online prefix, number
 * format and example, or make it inactive (registers are never deleted: registrations name them).
 */
@Guard(Need.PLATFORM)
@Controller
@RequestMapping("/admin/registers")
class RegistersController {

	private static final String FORM = "registration/admin/register";

	private final AccreditationRegisters registers;

	RegistersController(AccreditationRegisters registers) {
		this.registers = registers;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("registers", this.registers.all());
		return "registration/admin/registers";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("registerForm", new RegisterForm());
		return FORM;
	}

	@PostMapping
	String create(@ModelAttribute RegisterForm registerForm, BindingResult result, RedirectAttributes redirect) {
		registerForm.validate(result, true);
		if (!result.hasErrors()) {
			try {
				this.registers.add(registerForm.toRegister());
				return saved(redirect);
			}
			catch (DuplicateKeyException ex) {
				result.rejectValue("code", "registers.error.codeTaken");
			}
		}
		return FORM;
	}

	@GetMapping("/{code}/edit")
	String editForm(@PathVariable String code, Model model) {
		model.addAttribute("registerForm", RegisterForm.of(this.registers.find(code)
			.orElseThrow(() -> new NotFoundException("No register " + code))));
		model.addAttribute("code", code);
		return FORM;
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @ModelAttribute RegisterForm registerForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("code", code);
		registerForm.setCode(code);
		registerForm.validate(result, false);
		if (result.hasErrors()) {
			return FORM;
		}
		if (!this.registers.update(registerForm.toRegister())) {
			throw new NotFoundException("No register " + code);
		}
		return saved(redirect);
	}

	private static String saved(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "admin.saved");
		return "redirect:/admin/registers";
	}

}
