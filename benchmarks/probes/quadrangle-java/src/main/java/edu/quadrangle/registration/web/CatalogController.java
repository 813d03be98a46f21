package edu.quadrangle.registration.web;

import edu.quadrangle.registration.service.CatalogService;
import java.util.Map;
import javax.xml.xpath.XPathExpressionException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/catalog")
@RequiredArgsConstructor
public class CatalogController {

    private final CatalogService catalogService;

    @GetMapping("/courses/{code}")
    public ResponseEntity<Map<String, String>> course(@PathVariable("code") String code,
                                                      @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch)
            throws XPathExpressionException {
        if (catalogService.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(304).eTag(catalogService.etag()).build();
        }
        Map<String, String> body = Map.of(
                "code", code,
                "title", catalogService.titleFor(code),
                "prerequisites", catalogService.prerequisitesFor(code));
        return ResponseEntity.ok().eTag(catalogService.etag()).body(body);
    }
}
