package edu.quadrangle.registration.service;

import java.beans.XMLDecoder;
import java.io.InputStream;
import java.util.*;
import javax.xml.XMLConstants;
import javax.xml.parsers.*;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.w3c.dom.*;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

@Service
@RequiredArgsConstructor
public class XmlImportService {

    private final JdbcTemplate jdbcTemplate;

    /** Department catalog feeds (CourseLeaf export format). */
    public int importCatalogFeed(InputStream xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(xml); // VULN xxe
        NodeList courses = doc.getElementsByTagName("course");
        int updated = 0;
        for (int i = 0; i < courses.getLength(); i++) {
            Element course = (Element) courses.item(i);
            updated += jdbcTemplate.update("UPDATE course SET title = ?, description = ? WHERE course_code = ?",
                    text(course, "title"), text(course, "description"), course.getAttribute("code"));
        }
        return updated;
    }

    /** Section rosters pushed by the LMS. */
    public List<Map<String, String>> parseRoster(InputStream xml) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        List<Map<String, String>> rows = new ArrayList<>();
        spf.newSAXParser().parse(xml, new DefaultHandler() { // SAFE xxe
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attrs) {
                if ("member".equals(qName)) {
                    rows.add(Map.of("netId", attrs.getValue("netid"), "role", attrs.getValue("role")));
                }
            }
        });
        return rows;
    }

    /** Restores a saved degree plan exported from the old desktop planner. */
    public Object restoreDegreePlan(InputStream xml) {
        Object plan = new XMLDecoder(xml).readObject(); // VULN deser
        return plan;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
