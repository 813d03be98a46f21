<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>Policy lookup - Claimwright</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/css/portal.css">
</head>
<body>
<main class="cw-policy">
  <h2>Policy <%= request.getParameter("policyNumber") %></h2> <%-- VULN xss --%>
  <p class="cw-holder">Policy holder: <c:out value="${param.holder}"/></p> <%-- SAFE xss --%>
  <p>To report a new loss on this policy, use the <a href="${pageContext.request.contextPath}/portal/fnol">claim intake form</a>.</p>
</main>
</body>
</html>
