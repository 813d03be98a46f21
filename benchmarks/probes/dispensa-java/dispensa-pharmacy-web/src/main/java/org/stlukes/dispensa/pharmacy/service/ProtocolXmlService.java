package org.stlukes.dispensa.pharmacy.service;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.*;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

@Service
public class ProtocolXmlService {

    private final Document protocols;
    private final XPathFactory xpathFactory = XPathFactory.newInstance();

    public ProtocolXmlService() throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = new ClassPathResource("protocols/controlled-drug-protocols.xml").getInputStream()) {
            this.protocols = dbf.newDocumentBuilder().parse(in);
        }
    }

    public List<String> stepsFor(String protocolId, String role) throws XPathExpressionException {
        XPath xpath = xpathFactory.newXPath();
        String expression = "/protocols/protocol[@id='" + protocolId + "' and not(@restricted)]/step[@role='" + role + "']/text()";
        NodeList nodes = (NodeList) xpath.evaluate(expression, protocols, XPathConstants.NODESET); // VULN xpath
        return texts(nodes);
    }

    public List<String> witnessRequirements(String drugClass) throws XPathExpressionException {
        XPath xpath = xpathFactory.newXPath();
        xpath.setXPathVariableResolver(name -> "drugClass".equals(name.getLocalPart()) ? drugClass : null);
        NodeList nodes = (NodeList) xpath.evaluate("/protocols/witness[@drugClass=$drugClass]/requirement/text()", protocols, XPathConstants.NODESET); // SAFE xpath
        return texts(nodes);
    }

    private static List<String> texts(NodeList nodes) {
        List<String> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getNodeValue().trim());
        }
        return out;
    }
}
