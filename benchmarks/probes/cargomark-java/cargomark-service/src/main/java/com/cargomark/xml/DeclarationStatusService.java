package com.cargomark.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import com.cargomark.service.CustomsGatewayClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the latest status feed from the customs gateway in memory. The feed lists every
 * declaration lodged through the broker's gateway account.
 */
@Service
public class DeclarationStatusService {

    private static final Logger log = LoggerFactory.getLogger(DeclarationStatusService.class);

    public record StatusEvent(String code, String at, String text) {
    }

    private final CustomsGatewayClient gateway;
    private final AtomicReference<Document> feed = new AtomicReference<>();

    public DeclarationStatusService(CustomsGatewayClient gateway) {
        this.gateway = gateway;
    }

    @Scheduled(fixedDelayString = "PT2M", initialDelayString = "PT10S")
    public void refresh() {
        try {
            byte[] xml = gateway.fetchStatusFeed();
            feed.set(XmlFactories.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            log.warn("Status feed refresh failed: {}", e.getMessage());
        }
    }

    public Optional<String> currentStatus(String reference) throws XPathExpressionException {
        Document doc = requireFeed();
        XPath xpath = XPathFactory.newInstance().newXPath();
        String status = xpath.evaluate("/StatusFeed/Declaration[@ref='" + reference + "']/Status", doc); // VULN xpath
        return status.isBlank() ? Optional.empty() : Optional.of(status.trim());
    }

    public List<StatusEvent> history(String reference) throws XPathExpressionException {
        Document doc = requireFeed();
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(name -> "ref".equals(name.getLocalPart()) ? reference : null);
        NodeList nodes = (NodeList) xpath.evaluate("/StatusFeed/Declaration[@ref=$ref]/History/Event", doc, XPathConstants.NODESET); // SAFE xpath
        List<StatusEvent> events = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            events.add(new StatusEvent(e.getAttribute("code"), e.getAttribute("at"), e.getTextContent().trim()));
        }
        return events;
    }

    private Document requireFeed() {
        Document doc = feed.get();
        if (doc == null) {
            throw new IllegalStateException("Customs status feed not loaded yet");
        }
        return doc;
    }
}
