package com.moorgate.xml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the XML documents carriers send us: cargo manifests (our own schema) and
 * electronic bills of lading (namespaced, DCSA-style).
 */
public class CargoManifestParser {

    public record ManifestLine(String containerNumber, String sealNumber, String description, BigDecimal weightKg) {
    }

    public record Manifest(String carrierCode, String vesselName, String voyage, String claimRef, String ackUrl,
                           List<ManifestLine> lines) {
    }

    public record BillOfLading(String blNumber, String shipper, String consignee, String portOfLoading,
                               String portOfDischarge, String cargoDescription) {
    }

    private static final String BL_NS = "urn:moorgate:ebl:1.2";

    public Manifest parseManifest(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setIgnoringComments(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))); // VULN xxe
        Element root = doc.getDocumentElement();
        List<ManifestLine> lines = new ArrayList<>();
        NodeList containers = root.getElementsByTagName("container");
        for (int i = 0; i < containers.getLength(); i++) {
            Element c = (Element) containers.item(i);
            lines.add(new ManifestLine(text(c, "number"), text(c, "seal"), text(c, "description"),
                    new BigDecimal(defaultIfBlank(text(c, "grossWeight"), "0"))));
        }
        return new Manifest(root.getAttribute("carrier"), text(root, "vessel"), text(root, "voyage"),
                text(root, "claimRef"), text(root, "ackUrl"), lines);
    }

    public BillOfLading parseBillOfLading(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        Document doc = factory.newDocumentBuilder().parse(in); // VULN xxe
        Element root = doc.getDocumentElement();
        return new BillOfLading(textNs(root, "blNumber"), textNs(root, "shipper"), textNs(root, "consignee"),
                textNs(root, "portOfLoading"), textNs(root, "portOfDischarge"), textNs(root, "cargoDescription"));
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    private static String textNs(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS(BL_NS, tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    private static String defaultIfBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
