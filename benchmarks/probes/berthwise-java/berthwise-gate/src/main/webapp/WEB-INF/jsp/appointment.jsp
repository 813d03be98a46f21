<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Gate appointment #${appointment.id}</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/static/gate.css">
</head>
<body>
<main class="appointment">
  <h1>Gate appointment #<c:out value="${appointment.id}"/></h1>
  <dl>
    <dt>Truck plate</dt>
    <dd><c:out value="${appointment.truckPlate}"/></dd>
    <dt>Container</dt>
    <dd><c:out value="${appointment.containerNo}"/></dd>
    <dt>Slot</dt>
    <dd><c:out value="${appointment.slot}"/> &middot; lane <c:out value="${appointment.lane}"/></dd>
  </dl>
  <c:if test="${not empty param.driver}">
    <p class="driver">Driver: <c:out value="${param.driver}"/></p> <%-- SAFE xss --%>
  </c:if>
  <c:if test="${not empty param.note}">
    <p class="haulier-note">Haulier note: <c:out value="${param.note}" escapeXml="false"/></p> <%-- VULN xss --%>
  </c:if>
  <p class="pin-hint">Your PIN was sent by SMS to the number registered for this haulier.</p>
  <a href="${pageContext.request.contextPath}/kiosk/welcome">Back to kiosk</a>
</main>
</body>
</html>
