package com.cargomark.xml;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;

import com.cargomark.domain.CustomsDeclaration;
import com.cargomark.domain.DeclarationStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.springframework.stereotype.Component;

/** Parses declarations in the Cargomark import schema (urn:cargomark:customs:declaration:2). */
@Component
public class CustomsXmlParser {

    private static final String NS = "urn:cargomark:customs:declaration:2";

    public CustomsDeclaration parse(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilder builder = XmlFactories.newDocumentBuilder();
        Document doc = builder.parse(in); // SAFE xxe
        Element root = doc.getDocumentElement();
        if (!"Declaration".equals(root.getLocalName()) || !NS.equals(root.getNamespaceURI())) {
            throw new SAXException("Unexpected root element " + root.getNodeName());
        }
        CustomsDeclaration declaration = new CustomsDeclaration();
        declaration.setReference(required(root, "Reference"));
        declaration.setHsCode(required(root, "CommodityCode"));
        declaration.setGoodsDescription(text(root, "GoodsDescription"));
        declaration.setDeclaredValue(new BigDecimal(required(root, "StatisticalValue")));
        declaration.setCurrency(required(root, "Currency"));
        declaration.setOriginCountry(text(root, "OriginCountry"));
        declaration.setStatus(DeclarationStatus.DRAFT);
        declaration.setFiledAt(Instant.now());
        return declaration;
    }

    private static String required(Element parent, String name) throws SAXException {
        String value = text(parent, name);
        if (value == null || value.isBlank()) {
            throw new SAXException("Missing element " + name);
        }
        return value.trim();
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(NS, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
