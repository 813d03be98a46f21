<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>Dosewell audit &ndash; search</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/static/audit.css">
</head>
<body>
<header>
  <span class="user">Signed in as <c:out value="${auditor.displayName()}"/></span>
  <a href="${pageContext.request.contextPath}/logout">Sign out</a>
</header>

<form method="get" action="${pageContext.request.contextPath}/audit/search" class="search">
  <input type="text" name="q" placeholder="Drug name or NDC" value="<c:out value='${query}'/>"> <!-- SAFE xss -->
  <input type="text" name="actor" placeholder="User id" value="${fn:escapeXml(actor)}">
  <select name="schedule">
    <option value="">Any schedule</option>
    <c:forEach var="s" begin="2" end="5">
      <option value="${s}" ${s == schedule ? 'selected' : ''}>Schedule ${s}</option>
    </c:forEach>
  </select>
  <button type="submit">Search</button>
</form>

<c:if test="${not empty error}">
  <p class="error"><c:out value="${error}"/></p>
</c:if>

<c:if test="${not empty query}">
  <h2>${fn:length(events)} events matching &ldquo;${query}&rdquo;</h2> <!-- VULN xss -->
</c:if>

<table class="events">
  <thead>
    <tr><th>When</th><th>Event</th><th>Drug</th><th>NDC</th><th>Qty</th><th>Cabinet</th><th>User</th><th>Witness</th><th>Note</th></tr>
  </thead>
  <tbody>
  <c:forEach items="${events}" var="e">
    <tr class="schedule-${e.schedule}">
      <td><c:out value="${e.occurredAt}"/></td>
      <td><c:out value="${e.eventType}"/></td>
      <td><c:out value="${e.drugName}"/></td>
      <td><c:out value="${e.drugNdc}"/></td>
      <td><c:out value="${e.quantity}"/></td>
      <td><c:out value="${e.cabinetCode}"/></td>
      <td><c:out value="${e.actor}"/></td>
      <td><c:out value="${e.witness}"/></td>
      <td><c:out value="${e.note}"/></td>
    </tr>
  </c:forEach>
  </tbody>
</table>
</body>
</html>
