package edu.quadrangle.registration.web;

import edu.quadrangle.registration.service.TranscriptService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;

@Controller
@RequestMapping("/portal")
@RequiredArgsConstructor
public class PortalPageController {

    private final TranscriptService transcriptService;

    @Value("${quadrangle.portal.footer-html}")
    private String footerHtml;

    @GetMapping("/transcript/{studentId}")
    public String transcript(@PathVariable("studentId") long studentId,
                             @RequestParam(name = "note", required = false) String advisorNote,
                             Model model) {
        model.addAttribute("summary", transcriptService.summary(studentId));
        model.addAttribute("advisorNote", advisorNote);
        model.addAttribute("footerHtml", footerHtml);
        return "transcript";
    }

    @GetMapping("/sections/{sectionId}/go")
    public void goToSection(@PathVariable("sectionId") long sectionId, HttpServletResponse response) throws IOException {
        response.sendRedirect("/portal/sections/" + sectionId + "/roster"); // SAFE redirect
    }
}
