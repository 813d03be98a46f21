<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Customers – Cargomark Back Office</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/admin/static/admin.css">
</head>
<body>
<%@ include file="nav.jspf" %>
<main>
    <h1>Customers</h1>

    <form method="get" action="${pageContext.request.contextPath}/admin/customers" class="search">
        <input type="text" name="q" placeholder="Name or EORI number" value="<c:out value='${searchTerm}'/>"> <!-- SAFE xss -->
        <button type="submit">Search</button>
    </form>

    <c:if test="${not empty searchTerm}">
        <p class="summary">${fn:length(customers)} result(s) for <strong>${searchTerm}</strong></p> <!-- VULN xss -->
    </c:if>

    <table class="grid">
        <thead>
        <tr><th>ID</th><th>Name</th><th>EORI</th><th>Country</th><th>Credit limit</th><th></th></tr>
        </thead>
        <tbody>
        <c:forEach items="${customers}" var="cust">
            <tr class="${cust.blocked ? 'blocked' : ''}">
                <td>${cust.id}</td>
                <td><c:out value="${cust.name}"/></td>
                <td><c:out value="${cust.eoriNumber}"/></td>
                <td><c:out value="${cust.country}"/></td>
                <td>${cust.creditLimit}</td>
                <td>
                    <form method="post" action="${pageContext.request.contextPath}/admin/customers">
                        <input type="hidden" name="id" value="${cust.id}">
                        <input type="hidden" name="blocked" value="${not cust.blocked}">
                        <button type="submit">${cust.blocked ? 'Unblock' : 'Block'}</button>
                    </form>
                </td>
            </tr>
        </c:forEach>
        </tbody>
    </table>
</main>
</body>
</html>
