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

    // ruleid: trace.php.code-injection.tainted-include
    include $_GET['page'] . '.php';
    // ok: trace.php.code-injection.tainted-include
    include 'header.php';
    // ok: trace.php.code-injection.tainted-include
    include 'pages/' . basename($_GET['page']) . '.php';
    // ruleid: trace.php.code-injection.tainted-include
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

    $password = $_POST['password'];
    // ruleid: trace.php.weak-crypto.weak-password-hash
    $hash = md5($password);
    // ok: trace.php.weak-crypto.weak-password-hash
    $hash2 = password_hash($password, PASSWORD_DEFAULT);
    // ok: trace.php.weak-crypto.weak-password-hash
    $etag = md5($text);
}

class InvoiceController
{
    public function search(Request $request)
    {
        // ruleid: trace.php.sql-injection.tainted-query
        $rows = DB::table('invoices')->whereRaw("owner = '" . $request->input('owner') . "'")->get();
        // ok: trace.php.sql-injection.tainted-query
        $rows2 = DB::table('invoices')->where('owner', $request->input('owner'))->get();
        // ruleid: trace.php.sql-injection.tainted-query
        $rows3 = DB::select("SELECT * FROM invoices WHERE id = " . $request->query('id'));
        // ok: trace.php.sql-injection.tainted-query
        $rows4 = DB::select("SELECT * FROM invoices WHERE id = ?", [$request->query('id')]);
        return view('invoices', ['rows' => $rows]);
    }
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
