<%@ page contentType="text/html;charset=UTF-8" isErrorPage="true" %>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Error – Cargomark Back Office</title></head>
<body>
<h1>Something went wrong</h1>
<p>The request could not be completed. Please contact the platform team if the problem persists.</p>
</body>
</html>
