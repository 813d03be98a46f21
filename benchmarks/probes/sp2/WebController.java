package demo;

import java.io.ObjectInputStream;
import java.io.InputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.servlet.view.RedirectView;

@Controller
public class WebController {
    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/login/done")
    public String done(@RequestParam String next) {
        return "redirect:" + next; // VULN
    }

    @GetMapping("/login/done2")
    public RedirectView done2(@RequestParam String next) {
        return new RedirectView(next); // VULN
    }

    @GetMapping("/home")
    public String home(@RequestParam String name, Model model) {
        model.addAttribute("name", name);
        return "home"; // SAFE
    }

    @PostMapping("/import")
    @ResponseBody
    public String importObj(HttpServletRequest request) throws Exception {
        ObjectInputStream in = new ObjectInputStream(request.getInputStream());
        return String.valueOf(in.readObject()); // VULN
    }

    @PostMapping("/xml")
    @ResponseBody
    public String xml(HttpServletRequest request) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(request.getInputStream()).getDocumentElement().getTagName(); // SAFE
    }

    @GetMapping("/proxy")
    @ResponseBody
    public String proxy(@RequestParam String url) {
        return rest.getForObject(url, String.class); // VULN
    }

    @GetMapping("/hello")
    @ResponseBody
    public String hello(@RequestParam String name) {
        return "<h1>Hello " + name + "</h1>"; // VULN xss
    }
}
