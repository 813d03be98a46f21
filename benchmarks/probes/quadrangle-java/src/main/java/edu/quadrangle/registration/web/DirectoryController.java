package edu.quadrangle.registration.web;

import edu.quadrangle.registration.domain.DirectoryEntry;
import edu.quadrangle.registration.service.DirectoryService;
import java.util.List;
import javax.naming.NamingException;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/directory")
@RequiredArgsConstructor
public class DirectoryController {

    private final DirectoryService directoryService;

    @GetMapping("/advisors")
    public List<DirectoryEntry> advisorByNetId(@RequestParam("netId") String netId) throws NamingException {
        return directoryService.findByNetId(netId);
    }

    @GetMapping("/people")
    public List<DirectoryEntry> byEmail(@RequestParam("email") String email) throws NamingException {
        return directoryService.findByEmail(email);
    }
}
