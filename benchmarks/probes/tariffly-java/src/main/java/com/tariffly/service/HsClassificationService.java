package com.tariffly.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import com.tariffly.dto.ApiModels.ChapterNotes;
import com.tariffly.dto.ApiModels.HeadingView;

import jakarta.annotation.PostConstruct;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Harmonized System lookups against the combined nomenclature schedule
 * shipped with the application (tariff/cn-schedule.xml).
 */
@Service
public class HsClassificationService {

    private static final Pattern CHAPTER = Pattern.compile("\\d{2}");

    private Document schedule;

    @PostConstruct
    void loadSchedule() throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try (InputStream in = new ClassPathResource("tariff/cn-schedule.xml").getInputStream()) {
            schedule = dbf.newDocumentBuilder().parse(in);
        }
    }

    public Optional<HeadingView> findHeading(String code) throws XPathExpressionException {
        if (code == null || code.isBlank() || code.length() > 40) {
            throw new IllegalArgumentException("HS code required");
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        String expression = "/schedule/chapter/heading[@code='" + code.trim() + "']";
        Node node = (Node) xpath.evaluate(expression, schedule, XPathConstants.NODE); // VULN xpath
        if (node == null) {
            return Optional.empty();
        }
        return Optional.of(toView((Element) node));
    }

    public ChapterNotes chapterNotes(String chapter) throws XPathExpressionException {
        if (!CHAPTER.matcher(chapter).matches()) {
            throw new IllegalArgumentException("Chapter must be two digits");
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        String expression = "/schedule/chapter[@number='" + chapter + "']/notes/note";
        NodeList nodes = (NodeList) xpath.evaluate(expression, schedule, XPathConstants.NODESET); // SAFE xpath
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            notes.add(nodes.item(i).getTextContent().trim());
        }
        return new ChapterNotes(chapter, notes);
    }

    public List<HeadingView> searchDescriptions(String term) throws XPathExpressionException {
        String needle = term == null ? "" : term.toLowerCase(Locale.ROOT).trim();
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(name -> "term".equals(name.getLocalPart()) ? needle : null);
        NodeList nodes = (NodeList) xpath.evaluate("/schedule/chapter/heading[contains(translate(@description, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), $term)]", schedule, XPathConstants.NODESET); // SAFE xpath
        List<HeadingView> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength() && i < 25; i++) {
            result.add(toView((Element) nodes.item(i)));
        }
        return result;
    }

    /**
     * Writes the HTML fragment consumed by the classification typeahead in
     * the broker workbench.
     */
    public void writeSuggestions(HttpServletResponse response, String term) throws IOException {
        List<HeadingView> matches;
        try {
            matches = searchDescriptions(term);
        } catch (XPathExpressionException e) {
            matches = List.of();
        }
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.write("<ul class=\"hs-suggestions\">");
        if (matches.isEmpty()) {
            out.write("<li class=\"hs-empty\">No headings match <b>" + term + "</b></li>"); // VULN xss
        }
        for (HeadingView h : matches) {
            out.write("<li data-code=\"" + HtmlUtils.htmlEscape(h.code()) + "\">" + HtmlUtils.htmlEscape(h.description()) + " <small>" + HtmlUtils.htmlEscape(term) + "</small></li>"); // SAFE xss
        }
        out.write("</ul>");
        out.flush();
    }

    public String suggestCode(String goodsDescription) {
        try {
            List<HeadingView> hits = searchDescriptions(goodsDescription);
            return hits.isEmpty() ? null : hits.get(0).code();
        } catch (XPathExpressionException e) {
            return null;
        }
    }

    private static HeadingView toView(Element heading) {
        return new HeadingView(heading.getAttribute("code"), heading.getAttribute("description"),
                heading.getAttribute("duty"));
    }
}
