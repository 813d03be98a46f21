<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Importers &ndash; Ledgerbay</title>
    <link rel="stylesheet" href="<s:url value='/static/portal.css'/>">
</head>
<body class="importers">
<main>
    <h1>Importers of record</h1>

    <s:form action="importers" method="get" cssClass="search">
        <s:textfield name="query" label="Name contains"/>
        <s:select name="country" label="Country" list="#{'US':'United States','CA':'Canada','MX':'Mexico','CN':'China','DE':'Germany'}"/>
        <s:select name="sort" label="Sort by" list="#{'name':'Name','ior':'IOR number','city':'City','created':'Created'}"/>
        <s:checkbox name="desc" label="Descending"/>
        <s:submit value="Search"/>
    </s:form>

    <s:if test="query != null && query.length() > 0">
        <h2 class="result-title">Results for &ldquo;<s:property value="query" escapeHtml="false"/>&rdquo;</h2> <!-- VULN xss -->
    </s:if>
    <s:else>
        <h2 class="result-title">All importers in <s:property value="country"/></h2> <!-- SAFE xss -->
    </s:else>

    <table class="results">
        <thead><tr><th>IOR</th><th>Legal name</th><th>City</th><th>Bond</th></tr></thead>
        <tbody>
        <s:iterator value="results">
            <tr>
                <td><s:property value="iorNumber"/></td>
                <td><s:property value="legalName"/></td>
                <td><s:property value="city"/></td>
                <td><s:if test="continuousBond">Continuous</s:if><s:else>Single transaction</s:else></td>
            </tr>
        </s:iterator>
        </tbody>
    </table>
    <s:if test="results.isEmpty()">
        <p class="empty">No importers matched.</p>
    </s:if>
</main>
</body>
</html>
