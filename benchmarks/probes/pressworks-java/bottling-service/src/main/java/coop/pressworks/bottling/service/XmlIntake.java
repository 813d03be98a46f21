package coop.pressworks.bottling.service;

import coop.pressworks.bottling.api.BottlingApi.LabResult;
import coop.pressworks.bottling.api.BottlingApi.PalletLine;
import jakarta.ws.rs.BadRequestException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * XML documents that arrive from outside partners: pallet manifests from the
 * bonded warehouse and analysis reports from the wine lab.
 */
public class XmlIntake {

    private static final BigDecimal MAX_FREE_SO2 = new BigDecimal("50");

    public List<PalletLine> palletManifest(InputStream xml) {
        List<PalletLine> lines = new ArrayList<>();
        try {
            XMLStreamReader reader = XMLInputFactory.newInstance().createXMLStreamReader(xml); // VULN xxe
            String palletId = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "pallet" -> palletId = reader.getAttributeValue(null, "sscc");
                    case "line" -> lines.add(new PalletLine(
                            palletId,
                            reader.getAttributeValue(null, "sku"),
                            reader.getAttributeValue(null, "lot"),
                            Integer.parseInt(reader.getAttributeValue(null, "cases")),
                            reader.getElementText()));
                    default -> {
                    }
                }
            }
            reader.close();
        } catch (XMLStreamException | NumberFormatException e) {
            throw new BadRequestException("Pallet manifest could not be read");
        }
        return lines;
    }

    public List<LabResult> labReport(InputStream xml) {
        Document doc;
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dbf.setXIncludeAware(false);
            dbf.setExpandEntityReferences(false);
            doc = dbf.newDocumentBuilder().parse(xml); // SAFE xxe
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new BadRequestException("Lab report could not be read");
        }
        List<LabResult> results = new ArrayList<>();
        NodeList samples = doc.getElementsByTagName("sample");
        for (int i = 0; i < samples.getLength(); i++) {
            Element s = (Element) samples.item(i);
            BigDecimal so2 = new BigDecimal(text(s, "freeSO2"));
            results.add(new LabResult(
                    s.getAttribute("lot"),
                    new BigDecimal(text(s, "abv")),
                    so2,
                    new BigDecimal(text(s, "pH")),
                    so2.compareTo(MAX_FREE_SO2) <= 0));
        }
        return results;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        if (nodes.getLength() == 0) {
            throw new BadRequestException("Sample missing " + tag);
        }
        return nodes.item(0).getTextContent().trim();
    }
}
