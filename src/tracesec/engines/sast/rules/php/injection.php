<?php

function show($pdo, $conn)
{
    $id = $_GET['id'];
    // ruleid: trace.php.sql-injection.tainted-query
    $rows = $pdo->query("SELECT * FROM invoices WHERE id = '" . $id . "'");
    // ok: trace.php.sql-injection.tainted-query
    $stmt = $pdo->prepare("SELECT * FROM invoices WHERE id = ?");
    $stmt->execute([$id]);
    // ok: trace.php.sql-injection.tainted-query
    $one = mysqli_query($conn, "SELECT * FROM invoices WHERE id = " . intval($_GET['n']));
    // ruleid: trace.php.sql-injection.tainted-query
    $two = mysqli_query($conn, "SELECT * FROM users WHERE name = '" . $_POST['name'] . "'");

    $code = $_GET['code'];
    if (!preg_match('/^[a-z0-9]{8}$/', $code)) {
        http_response_code(400);
        exit(1);
    }
    // ok: trace.php.sql-injection.tainted-query
    $three = $pdo->query("SELECT * FROM codes WHERE code = '" . $code . "'");

    // ruleid: trace.php.command-injection.tainted-command
    system("ping -c 1 " . $_GET['host']);
    // ok: trace.php.command-injection.tainted-command
    system("ping -c 1 " . escapeshellarg($_GET['host']));
    // an SQL escape leaves `;` and `$(...)` to the shell
    // ruleid: trace.php.command-injection.tainted-command
    system("ping -c 1 " . mysqli_real_escape_string($conn, $_GET['host']));
    // escapeshellarg() quotes for a shell, not for SQL
    // ruleid: trace.php.sql-injection.tainted-query
    $four = $pdo->query("SELECT * FROM hosts WHERE name = " . escapeshellarg($_GET['host']));

    // ruleid: trace.php.path-traversal.tainted-include
    include $_GET['page'] . '.php';
    // ok: trace.php.path-traversal.tainted-include
    include 'header.php';
    // ok: trace.php.path-traversal.tainted-include
    include 'pages/' . basename($_GET['page']) . '.php';
    // ruleid: trace.php.code-injection.tainted-code
    eval(basename($_GET['expr']));

    // ruleid: trace.php.path-traversal.tainted-file-path
    $text = file_get_contents('/srv/files/' . $_GET['file']);
    // ok: trace.php.path-traversal.tainted-file-path
    $safe = file_get_contents('/srv/files/' . basename($_GET['file']));
    // ruleid: trace.php.sql-injection.tainted-query
    $five = $pdo->query("SELECT * FROM files WHERE name = '" . basename($_GET['file']) . "'");

    // ruleid: trace.php.xss.tainted-echo
    echo "<h1>Hello " . $_GET['name'] . "</h1>";
    // ok: trace.php.xss.tainted-echo
    echo "<h1>Hello " . htmlspecialchars($_GET['name'], ENT_QUOTES, 'UTF-8') . "</h1>";

    // ruleid: trace.php.deserialization.tainted-unserialize
    $prefs = unserialize($_COOKIE['prefs']);
    // ok: trace.php.deserialization.tainted-unserialize
    $prefs2 = unserialize($_COOKIE['prefs'], ['allowed_classes' => false]);
    // ruleid: trace.php.deserialization.tainted-unserialize
    $prefs3 = unserialize(base64_decode($_COOKIE['cart']));
    // ok: trace.php.deserialization.tainted-unserialize
    $prefs4 = json_decode(base64_decode($_COOKIE['cart']), true);
}

function ping_host()
{
    $octets = explode(".", $_POST['ip']);
    if (is_numeric($octets[0]) && is_numeric($octets[1]) && count($octets) == 2) {
        $host = $octets[0] . '.' . $octets[1];
        // ok: trace.php.command-injection.tainted-command
        shell_exec('ping -c 1 ' . $host);
    } else {
        $error = 'not an address';
    }
    $id = $_GET['id'];
    if (ctype_digit($id)) {
        // ok: trace.php.sql-injection.tainted-query
        mysqli_query($conn, "DELETE FROM jobs WHERE id = " . $id);
    }
    if (is_numeric($id)) {
        // todook: trace.php.command-injection.tainted-command
        shell_exec('kill ' . $id);
    } else {
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('kill ' . $id);
    }
    if (in_array($id, ['1', '2'], true)) {
        $n = 1;
    } elseif ($id != '') {
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('kill ' . $id);
    }
    if (ctype_digit($id) || $force) {
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('kill ' . $id);
    }
    if (!is_numeric($id)) {
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('kill ' . $id);
    }
}

function commands()
{
    $printer = $_POST['printer'] ?? 'dispatch-1';
    // ruleid: trace.php.command-injection.tainted-command
    system('lpr -P ' . $printer . ' ' . escapeshellarg($_FILES['labels']['tmp_name']), $rc);
    // the temporary name is chosen by PHP, not by the client
    // ok: trace.php.command-injection.tainted-command
    system('lpr ' . $_FILES['labels']['tmp_name'], $rc);
    // ruleid: trace.php.command-injection.tainted-command
    exec('convert ' . $_FILES['photo']['name'] . ' out.png');
    // ok: trace.php.command-injection.tainted-command
    exec('convert ' . escapeshellcmd($_FILES['photo']['name']) . ' out.png');
    $dir = $_GET['dir'];
    // ruleid: trace.php.command-injection.tainted-command
    $listing = `ls -l $dir`;
    // ruleid: trace.php.command-injection.tainted-command
    $p = proc_open('tar czf backup.tgz ' . $dir, [], $pipes);
    // an argument array runs no shell
    // ok: trace.php.command-injection.tainted-command
    $q = proc_open(['tar', 'czf', 'backup.tgz', $dir], [], $pipes);
    // ruleid: trace.php.command-injection.tainted-command
    $h = popen('du -sh ' . $dir, 'r');
    $level = $_GET['level'];
    if (!in_array($level, ['1', '6', '9'], true)) {
        exit('bad level');
    }
    // ok: trace.php.command-injection.tainted-command
    system('gzip -' . $level . ' /var/backups/db.sql');
    $mode = $_GET['mode'];
    if (!in_array($mode, ['fast', 'best'], true) && $strict) {
        exit('bad mode');
    }
    // `&&`: a mode outside the list passes when $strict is false
    // ruleid: trace.php.command-injection.tainted-command
    system('gzip --' . $mode . ' /var/backups/db.sql');
}

function code_injection()
{
    $format = in_array($_POST['case'] ?? '', ['strtoupper', 'ucwords'], true) ? $_POST['case'] : 'ucwords';
    // ok: trace.php.code-injection.tainted-code
    $a = call_user_func($format, 'x');
    // ruleid: trace.php.code-injection.tainted-code
    $b = call_user_func($_POST['title_style'] ?? 'trim', $_POST['batch_title'] ?? 'Dispatch');
    $fn = $_GET['fn'];
    // ruleid: trace.php.code-injection.tainted-code
    $c = $fn($_GET['arg']);
    // the argument is data, not code
    // ok: trace.php.code-injection.tainted-code
    $d = strtoupper($_GET['arg']);
    $handlers = ['csv' => 'export_csv', 'json' => 'export_json'];
    // ok: trace.php.code-injection.tainted-code
    $e = call_user_func($handlers[$_GET['format']] ?? 'export_csv', $rows);
    // ruleid: trace.php.code-injection.tainted-code
    $f = assert($_GET['check']);
    // ruleid: trace.php.code-injection.tainted-code
    $g = preg_replace('/(\w+)/e', 'strtoupper("$1")', $_GET['text']);
    // ok: trace.php.code-injection.tainted-code
    $h = preg_replace('/(\w+)/i', '<b>$1</b>', $_GET['text']);
    $method = $_GET['action'];
    // ruleid: trace.php.code-injection.tainted-code
    $this->$method();
    // ok: trace.php.code-injection.tainted-code
    $this->render($method);
}

function page_include()
{
    $sections = ['faq' => 'pages/faq.php', 'shipping' => 'pages/shipping.php'];
    if (isset($_GET['section'])) {
        // ok: trace.php.path-traversal.tainted-include
        include __DIR__ . '/' . ($sections[$_GET['section']] ?? 'pages/faq.php');
    } else {
        // ruleid: trace.php.path-traversal.tainted-include
        include __DIR__ . '/pages/' . $_GET['page'] . '.php';
    }
    $lang = $_COOKIE['lang'];
    // ruleid: trace.php.path-traversal.tainted-include
    require_once "lang/$lang.php";
}

function files()
{
    $name = $_GET['name'];
    // ruleid: trace.php.path-traversal.tainted-file-path
    readfile('/srv/reports/' . $name);
    // ruleid: trace.php.path-traversal.tainted-file-path
    unlink(__DIR__ . '/uploads/' . $name);
    // ruleid: trace.php.path-traversal.tainted-file-path
    move_uploaded_file($_FILES['doc']['tmp_name'], '/srv/uploads/' . $_FILES['doc']['name']);
    // ok: trace.php.path-traversal.tainted-file-path
    move_uploaded_file($_FILES['doc']['tmp_name'], '/srv/uploads/' . basename($_FILES['doc']['name']));
    // ruleid: trace.php.path-traversal.tainted-file-path
    $fh = fopen('/srv/logs/' . $name, 'r');

    $base = realpath('/srv/reports');
    $full = realpath($base . '/' . $name);
    if ($full === false || !str_starts_with($full, $base . DIRECTORY_SEPARATOR)) {
        http_response_code(404);
        exit;
    }
    // ok: trace.php.path-traversal.tainted-file-path
    readfile($full);

    // a prefix check on a path never normalised: "../" survives it
    $joined = '/srv/reports/' . $_GET['other'];
    if (!str_starts_with($joined, '/srv/reports/')) {
        exit;
    }
    // ruleid: trace.php.path-traversal.tainted-file-path
    readfile($joined);

    $real = realpath('/srv/reports/' . $_GET['third']);
    if (str_starts_with($real, '/srv/reports/')) {
        // ok: trace.php.path-traversal.tainted-file-path
        readfile($real);
    }
    // ok: trace.php.path-traversal.tainted-file-path
    $data = file_get_contents('/srv/thumbs/' . pathinfo($_GET['img'], PATHINFO_BASENAME));
}

function nosql($collection)
{
    $filter = ['approved' => true];
    if (isset($_GET['min'])) {
        // ruleid: trace.php.nosql-injection.mongodb-where
        $filter['$where'] = 'this.rating >= ' . $_GET['min'];
    }
    // ok: trace.php.nosql-injection.mongodb-where
    $filter['$where'] = 'this.rating >= ' . (int) $_GET['min'];
    // ok: trace.php.nosql-injection.operator-injection
    $docs = $collection->find($filter);
    // ruleid: trace.php.nosql-injection.operator-injection
    $user = $collection->findOne(['email' => $_POST['email'], 'active' => true]);
    // ok: trace.php.nosql-injection.operator-injection
    $user2 = $collection->findOne(['email' => (string) $_POST['email'], 'active' => true]);
    // ruleid: trace.php.nosql-injection.mongodb-where
    $cursor = $collection->find(['$where' => "this.owner == '" . $_GET['owner'] . "'"]);
}

function zip_extract($archive, $workDir)
{
    $zip = new ZipArchive();
    $zip->open($archive);
    for ($i = 0; $i < $zip->numFiles; $i++) {
        $entry = $zip->getNameIndex($i);
        // ruleid: trace.php.archive-extraction.zip-slip
        file_put_contents($workDir . '/' . $entry, $zip->getFromIndex($i));
        // ok: trace.php.archive-extraction.zip-slip
        file_put_contents($workDir . '/' . basename($entry), $zip->getFromIndex($i));
    }
    for ($i = 0; $i < $zip->numFiles; $i++) {
        $entry = $zip->getNameIndex($i);
        if (str_contains($entry, '..') || str_starts_with($entry, '/')) {
            throw new RuntimeException('invalid entry');
        }
        // ok: trace.php.archive-extraction.zip-slip
        copy('zip://' . $archive . '#' . $entry, $workDir . '/' . $entry);
    }
    for ($i = 0; $i < $zip->numFiles; $i++) {
        $name = $zip->getNameIndex($i);
        // ruleid: trace.php.archive-extraction.zip-slip
        copy('zip://' . $archive . '#' . $name, $workDir . '/' . $name);
    }
    // extractTo() drops "../" itself
    // ok: trace.php.archive-extraction.zip-slip
    $zip->extractTo($workDir);
}

function fetchers()
{
    $url = $_GET['url'];
    // ruleid: trace.php.ssrf.tainted-url
    $body = file_get_contents($url);
    $ch = curl_init();
    // ruleid: trace.php.ssrf.tainted-url
    curl_setopt($ch, CURLOPT_URL, $_POST['callback']);
    // ruleid: trace.php.ssrf.tainted-url
    $ch2 = curl_init($_GET['feed']);
    $host = parse_url($url, PHP_URL_HOST);
    if (!in_array($host, ['images.example.com', 'cdn.example.com'], true)) {
        http_response_code(400);
        exit;
    }
    // ok: trace.php.ssrf.tainted-url
    $img = file_get_contents($url);
    $otherUrl = $_GET['other_url'];
    // a substring test on the whole URL is no host check
    if (!str_contains($otherUrl, 'example.com')) {
        exit;
    }
    // ruleid: trace.php.ssrf.tainted-url
    $x = file_get_contents($otherUrl);
    // ok: trace.php.ssrf.tainted-url
    $y = file_get_contents('https://api.example.com/items?q=' . urlencode($_GET['q']));
}

function redirects()
{
    // ruleid: trace.php.open-redirect.tainted-redirect
    header('Location: ' . ($_GET['return'] ?? '/legacy/forum.php'));
    // ok: trace.php.open-redirect.tainted-redirect
    header('Location: /search?q=' . urlencode($_GET['q']));
    $next = $_GET['next'] ?? '/';
    if (!str_starts_with($next, '/') || str_starts_with($next, '//')) {
        $next = '/';
    }
    // ok: trace.php.open-redirect.tainted-redirect
    header("Location: " . $next);
    $back = $_GET['back'] ?? '/';
    if (!str_starts_with($back, '/')) {
        $back = '/';
    }
    // "//evil.example" starts with "/"
    // ruleid: trace.php.open-redirect.tainted-redirect
    header("Location: " . $back);
    // ok: trace.php.open-redirect.tainted-redirect
    header('Content-Type: ' . $_GET['type']);
}

function xss_plain()
{
    $name = $_GET['name'] ?? 'friend';
    // ruleid: trace.php.xss.tainted-echo
    echo '<h1>Thanks, ' . $name . '!</h1><p>' . h($_GET['topic']) . '</p>';
    // ok: trace.php.xss.tainted-echo
    echo '<h1>Thanks, ' . h($name) . '!</h1>';
    // ruleid: trace.php.xss.tainted-echo
    printf('<p>%s</p>', $_GET['msg']);
    // ok: trace.php.xss.tainted-echo
    printf('<p>%d items</p>', (int) $_GET['count']);
    // ruleid: trace.php.xss.tainted-echo
    print($_SERVER['HTTP_USER_AGENT']);
    // ok: trace.php.xss.tainted-echo
    echo json_encode(['q' => $_GET['q']]);
?>
    <!-- ruleid: trace.php.xss.tainted-echo -->
    <p><?= $_GET['q'] ?></p>
    <!-- ok: trace.php.xss.tainted-echo -->
    <p><?= htmlspecialchars($_GET['q']) ?></p>
<?php
}

function api_json()
{
    header('Content-Type: application/json');
    // ok: trace.php.xss.tainted-echo
    echo '{"q": "' . $_GET['q'] . '"}';
}

function directory($conn)
{
    $user = $_POST['username'];
    $filter = '(&(objectClass=person)(uid=' . $user . '))';
    // ruleid: trace.php.ldap-injection.tainted-filter
    $r = ldap_search($conn, 'ou=people,dc=example,dc=com', $filter);
    $safe = '(mail=' . ldap_escape($_GET['email'], '', LDAP_ESCAPE_FILTER) . ')';
    // ok: trace.php.ldap-injection.tainted-filter
    $s = ldap_search($conn, 'ou=people,dc=example,dc=com', $safe);
    // ruleid: trace.php.ldap-injection.tainted-filter
    $t = ldap_list($conn, 'ou=groups,dc=example,dc=com', "(cn=" . $_GET['group'] . ")");
}

function xpaths($doc, $pdo)
{
    $xp = new DOMXPath($doc);
    $name = $_GET['name'];
    // ruleid: trace.php.xpath-injection.tainted-xpath
    $nodes = $xp->query("//ingredient[name='" . $name . "']");
    $sku = $_GET['sku'];
    if (!preg_match('/^[A-Z]{3}-\d{4,6}$/', $sku)) {
        throw new InvalidArgumentException('bad sku');
    }
    // ok: trace.php.xpath-injection.tainted-xpath
    $byName = $xp->query("//ingredient[@sku='" . $sku . "']");
    $sx = simplexml_load_file('catalog.xml');
    // ruleid: trace.php.xpath-injection.tainted-xpath
    $items = $sx->xpath('//item[@id="' . $_GET['id'] . '"]');
}

function cors_plain()
{
    // ruleid: trace.php.cors.reflected-origin
    header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    header('Access-Control-Allow-Credentials: true');
}

function cors_by_suffix()
{
    $origin = $_SERVER['HTTP_ORIGIN'] ?? '';
    if (str_ends_with($origin, 'partners.example')) {
        // ruleid: trace.php.cors.reflected-origin
        header('Access-Control-Allow-Origin: ' . $origin);
        header('Access-Control-Allow-Credentials: true');
    }
    if (str_ends_with($origin, '.partners.example')) {
        // ok: trace.php.cors.reflected-origin
        header('Access-Control-Allow-Origin: ' . $origin);
        header('Access-Control-Allow-Credentials: true');
    }
    if (preg_match('/^https:\/\/[a-z0-9-]+\.partners\.example/', $origin)) {
        // ruleid: trace.php.cors.reflected-origin
        header('Access-Control-Allow-Origin: ' . $origin);
        header('Access-Control-Allow-Credentials: true');
    }
}

// a bootstrap file: outside any function
if (isset($_SERVER['HTTP_ORIGIN'])) {
    // ruleid: trace.php.cors.reflected-origin
    header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    header('Access-Control-Allow-Credentials: true');
    header('Vary: Origin');
}

function cors_checked()
{
    $origin = $_SERVER['HTTP_ORIGIN'] ?? '';
    if (in_array($origin, ['https://app.example.com', 'https://admin.example.com'], true)) {
        // ok: trace.php.cors.reflected-origin
        header('Access-Control-Allow-Origin: ' . $origin);
        header('Access-Control-Allow-Credentials: true');
    }
}

function cors_public()
{
    // without credentials a reflected origin reads only what is public anyway
    // ok: trace.php.cors.reflected-origin
    header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
}

function json_body_lookup($pdo)
{
    // the request body is read by its own name: a source, not a path taken from the request
    // ok: trace.php.path-traversal.tainted-file-path
    $input = (array) json_decode(file_get_contents('php://input'), true);
    // ruleid: trace.php.path-traversal.tainted-file-path
    return file_get_contents('/srv/reports/' . $input['report']);
}
