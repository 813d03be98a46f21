package edu.quadrangle.registration.service;

import jakarta.annotation.PostConstruct;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.*;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;

/** Serves the published course catalog, bundled with each release as catalog.xml. */
@Service
public class CatalogService {

    private Document catalog;
    private String catalogEtag;

    @PostConstruct
    void load() throws Exception {
        ClassPathResource resource = new ClassPathResource("catalog/catalog.xml");
        byte[] raw;
        try (InputStream in = resource.getInputStream()) {
            raw = in.readAllBytes();
        }
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        catalog = dbf.newDocumentBuilder().parse(resource.getInputStream()); // SAFE xxe
        MessageDigest md5 = MessageDigest.getInstance("MD5"); // SAFE hash
        catalogEtag = "\"" + HexFormat.of().formatHex(md5.digest(raw)) + "\"";
    }

    public String etag() {
        return catalogEtag;
    }

    public String titleFor(String courseCode) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        return xpath.evaluate("/catalog/course[@code='" + courseCode + "']/title", catalog); // VULN xpath
    }

    public String prerequisitesFor(String courseCode) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(name -> "code".equals(name.getLocalPart()) ? courseCode : null);
        return xpath.evaluate("/catalog/course[@code=$code]/prerequisites", catalog); // SAFE xpath
    }
}
