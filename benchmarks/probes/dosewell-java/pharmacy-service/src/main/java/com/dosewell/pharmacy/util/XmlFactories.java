package com.dosewell.pharmacy.util;

import javax.xml.stream.XMLInputFactory;

public final class XmlFactories {

    private XmlFactories() {
    }

    /**
     * StAX factory for vendor feeds: no DTDs, no external entities.
     */
    public static XMLInputFactory hardenedStaxFactory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        return factory;
    }
}
