package com.nacelle.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.nacelle.domain.Technician;
import com.nacelle.dto.TechnicianProfileForm;
import com.nacelle.service.DocumentStorage.StoredFile;
import com.nacelle.service.TechnicianDirectoryService.DirectoryEntry;
import com.nacelle.service.TechnicianService;
import com.nacelle.web.ViewStateCodec.ViewState;
import jakarta.validation.Valid;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/technicians")
public class TechnicianController {

    private static final Map<String, String> PROFILE_TABS = Map.of(
            "certs", "/technicians/me?tab=certs",
            "schedule", "/workorders?status=ASSIGNED",
            "directory", "/technicians/directory");

    private final TechnicianService technicianService;
    private final ViewStateCodec viewStateCodec;

    public TechnicianController(TechnicianService technicianService, ViewStateCodec viewStateCodec) {
        this.technicianService = technicianService;
        this.viewStateCodec = viewStateCodec;
    }

    @GetMapping("/{id}")
    public String profile(@PathVariable long id, Model model) {
        Technician technician = technicianService.require(id);
        model.addAttribute("technician", technician);
        model.addAttribute("gwoValid", technician.isGwoValid(LocalDate.now()));
        TechnicianProfileForm form = new TechnicianProfileForm();
        form.setDisplayName(technician.getDisplayName());
        form.setEmail(technician.getEmail());
        form.setCrew(technician.getCrew());
        form.setBio(technician.getBio());
        form.setNotificationWebhook(technician.getNotificationWebhook());
        model.addAttribute("form", form);
        return "technicians/profile";
    }

    @PostMapping("/{id}/profile")
    public String updateProfile(@PathVariable long id,
                                @Valid @ModelAttribute("form") TechnicianProfileForm form,
                                BindingResult binding,
                                @RequestParam(name = "next", required = false) String nextTab,
                                Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("technician", technicianService.require(id));
            return "technicians/profile";
        }
        technicianService.updateProfile(id, form);
        return "redirect:" + PROFILE_TABS.getOrDefault(nextTab == null ? "" : nextTab, "/technicians/" + id); // SAFE redirect
    }

    @GetMapping("/directory/search")
    @ResponseBody
    public Map<String, Object> searchDirectory(@RequestParam(required = false) String crew,
                                               @RequestParam String name,
                                               @CookieValue(name = "dir_view", required = false) String viewCookie) {
        ViewState view = viewStateCodec.decodeRestricted(viewCookie);
        List<DirectoryEntry> entries = technicianService.searchDirectory(crew, name);
        return Map.of("results", entries.stream().limit(view.pageSize()).toList(), "total", entries.size());
    }

    @PostMapping(path = "/{id}/certifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    public StoredFile uploadCertificate(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        return technicianService.uploadCertificate(id, file);
    }

    @GetMapping("/{id}/certifications/file")
    public ResponseEntity<InputStreamResource> downloadCertificate(@PathVariable long id, @RequestParam String name) throws IOException {
        InputStream in = technicianService.openCertificate(id, name);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).body(new InputStreamResource(in));
    }

    @PostMapping("/password/reset-code")
    @ResponseBody
    public ResponseEntity<Void> requestResetCode(@RequestParam String employeeNo) {
        technicianService.issueResetCode(employeeNo);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/password/reset")
    @ResponseBody
    public ResponseEntity<Map<String, Boolean>> resetPassword(@RequestParam String employeeNo,
                                                              @RequestParam String code,
                                                              @RequestParam String newPassword) {
        boolean ok = technicianService.resetPassword(employeeNo, code, newPassword);
        return ok ? ResponseEntity.ok(Map.of("reset", true)) : ResponseEntity.status(400).body(Map.of("reset", false));
    }
}
