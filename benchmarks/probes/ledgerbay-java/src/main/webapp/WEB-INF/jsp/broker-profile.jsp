<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Broker profile &ndash; Ledgerbay</title>
    <link rel="stylesheet" href="<s:url value='/static/portal.css'/>">
</head>
<body class="profile">
<main>
    <h1>Your broker profile</h1>
    <s:actionmessage/>
    <s:actionerror/>

    <s:form action="profileSave" method="post">
        <s:hidden name="returnUrl"/>
        <s:textfield name="displayName" label="Display name" value="%{profile.displayName}"/>
        <s:textfield name="email" label="Contact e-mail" value="%{profile.email}"/>
        <s:textfield name="websiteUrl" label="Public website" value="%{profile.websiteUrl}"/>
        <s:submit value="Save"/>
        <s:submit value="Cancel" action="profileCancel"/>
    </s:form>

    <c:if test="${not empty profile.websiteUrl}">
        <p class="hint">Importers see this address on entry summaries: <code><c:out value="${profile.websiteUrl}"/></code></p> <!-- SAFE xss -->
    </c:if>

    <h2>Verify a customs broker license</h2>
    <s:form action="profileVerify" method="post">
        <s:textfield name="licenseNumber" label="License number"/>
        <s:submit value="Look up"/>
    </s:form>

    <s:if test="licenseMatches.size() > 0">
        <table class="license-matches">
            <thead><tr><th>Name</th><th>License</th><th>Filer code</th><th>Permit port</th></tr></thead>
            <tbody>
            <s:iterator value="licenseMatches">
                <tr>
                    <td><s:property value="name"/></td>
                    <td><s:property value="licenseNumber"/></td>
                    <td><s:property value="filerCode"/></td>
                    <td><s:property value="port"/></td>
                </tr>
            </s:iterator>
            </tbody>
        </table>
    </s:if>
</main>
</body>
</html>
