<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt" %>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Entry <c:out value="${filing.entryNumber}"/> &ndash; Ledgerbay</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/portal.css">
</head>
<body class="entry-summary">

<main>
    <s:actionerror/>
    <h1>Entry Summary <small><c:out value="${filing.entryNumber}"/></small></h1>

    <section class="entry-meta">
        <dl>
            <dt>Broker reference</dt>
            <dd><c:out value="${filing.brokerReference}"/></dd> <!-- SAFE xss -->
            <dt>Port of entry</dt>
            <dd><c:out value="${filing.portCode}"/></dd>
            <dt>Status</dt>
            <dd class="status status-${filing.status}"><c:out value="${filing.status}"/></dd>
            <dt>Importer of record</dt>
            <dd><c:out value="${filing.importer.legalName}"/> (<c:out value="${filing.importer.iorNumber}"/>)</dd>
            <dt>Filed</dt>
            <dd><c:out value="${filing.filedAt}" default="not yet transmitted"/></dd>
        </dl>
    </section>

    <c:if test="${not empty broker}">
        <section class="broker-card">
            <h2>Filed by</h2>
            <p><c:out value="${broker.displayName}"/> &middot; License <c:out value="${broker.licenseNumber}"/></p>
            <c:if test="${not empty broker.websiteUrl}">
                <p><a href="${fn:escapeXml(broker.websiteUrl)}" rel="noopener" target="_blank">Broker website</a></p> <!-- VULN xss -->
            </c:if>
        </section>
    </c:if>

    <section class="remarks">
        <h2>Remarks for the importer</h2>
        <div class="remarks-body">${filing.importerNotes}</div> <!-- VULN xss -->
    </section>

    <table class="lines">
        <thead>
        <tr><th>#</th><th>HTS</th><th>Origin</th><th>Qty</th><th>Entered value</th><th>Duty</th></tr>
        </thead>
        <tbody>
        <c:forEach items="${lines}" var="line">
            <tr>
                <td>${line.lineNumber}</td>
                <td><c:out value="${line.htsCode}"/></td>
                <td><c:out value="${line.countryOfOrigin}"/></td>
                <td><c:out value="${line.quantity}"/> <c:out value="${line.unitOfMeasure}"/></td>
                <td><fmt:formatNumber value="${line.enteredValue}" type="currency" currencyCode="USD"/></td>
                <td><fmt:formatNumber value="${line.dutyAmount}" type="currency" currencyCode="USD"/></td>
            </tr>
        </c:forEach>
        </tbody>
        <tfoot>
        <tr>
            <th colspan="4">Totals</th>
            <td><fmt:formatNumber value="${filing.declaredValue}" type="currency" currencyCode="USD"/></td>
            <td><fmt:formatNumber value="${filing.dutyAmount}" type="currency" currencyCode="USD"/></td>
        </tr>
        <tr>
            <th colspan="5">Merchandise processing fee</th>
            <td><fmt:formatNumber value="${filing.mpfAmount}" type="currency" currencyCode="USD"/></td>
        </tr>
        </tfoot>
    </table>

    <s:url var="packetUrl" value="/api/reports/filings/%{filing.id}/packet"/>
    <p class="actions"><a class="btn" href="${packetUrl}">Download entry packet</a></p>
</main>
</body>
</html>
