<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Network diagnostics – Cargomark Back Office</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/admin/static/admin.css">
</head>
<body>
<%@ include file="nav.jspf" %>
<main>
    <h1>Network diagnostics</h1>
    <form method="post" action="${pageContext.request.contextPath}/admin/diagnostics">
        <input type="text" name="host" placeholder="edi.carrier.example" value="<c:out value='${host}'/>">
        <button type="submit" name="action" value="ping">Ping</button>
        <button type="submit" name="action" value="traceroute">Traceroute</button>
    </form>
    <c:if test="${not empty error}">
        <p class="error"><c:out value="${error}"/></p>
    </c:if>
    <c:if test="${not empty result}">
        <h2><c:out value="${result.command}"/> (exit <c:out value="${result.exitCode}"/>)</h2>
        <pre><c:out value="${result.output}"/></pre>
    </c:if>
</main>
</body>
</html>
