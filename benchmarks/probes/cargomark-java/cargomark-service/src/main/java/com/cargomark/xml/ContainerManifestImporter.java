package com.cargomark.xml;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.springframework.stereotype.Component;

/**
 * Reads container manifests (carrier "CUSCAR-XML" export) that customers upload before
 * the vessel arrives.
 */
@Component
public class ContainerManifestImporter {

    public record ContainerLine(String containerNumber, String isoType, String sealNumber,
                                BigDecimal grossWeightKg, String hsCode, String description) {
    }

    public List<ContainerLine> read(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(false);
        dbf.setIgnoringComments(true);
        dbf.setCoalescing(true);
        Document doc = dbf.newDocumentBuilder().parse(in); // VULN xxe

        List<ContainerLine> lines = new ArrayList<>();
        NodeList containers = doc.getElementsByTagName("Container");
        for (int i = 0; i < containers.getLength(); i++) {
            Element c = (Element) containers.item(i);
            lines.add(new ContainerLine(
                    child(c, "Number"),
                    child(c, "IsoType"),
                    child(c, "Seal"),
                    parseWeight(child(c, "GrossWeight")),
                    child(c, "HsCode"),
                    child(c, "Description")));
        }
        return lines;
    }

    private static String child(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    private static BigDecimal parseWeight(String value) {
        if (value == null || value.isBlank()) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(value.replace(",", "."));
    }
}
