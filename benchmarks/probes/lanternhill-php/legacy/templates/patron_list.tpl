{* Counter screens of the legacy box office. escape_html is on: plain {$var} output is HTML-escaped. *}
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Lanternhill Box Office</title>
    <link rel="stylesheet" href="/legacy/css/counter.css">
</head>
<body class="counter">
<nav class="tabs">
    <a href="box_office.php?do=sales" {if $do == 'sales'}class="active"{/if}>Tonight's sales</a>
    <a href="box_office.php?do=patrons" {if $do == 'patrons'}class="active"{/if}>Patrons</a>
    <a href="cart.php" {if $do == 'cart'}class="active"{/if}>Cart</a>
    {if $staff && $staff.role == 'manager'}<a href="box_office.php?do=footer">Receipt footer</a>{/if}
    <a href="account.php?do=logout&amp;return=/legacy/box_office.php" class="logout">Log out {$staff.name|default:''}</a>
</nav>

{if $do == 'sales'}
    <form method="get" class="inline">
        <input type="hidden" name="do" value="sales">
        <label>Performance # <input name="performance" value="{$performance}" size="6"></label>
        <button>Show</button>
    </form>
    <table class="sales">
        <tr><th>#</th><th>Time</th><th>Patron</th><th>Seats</th><th>Total</th><th>Paid by</th></tr>
        {foreach $sales as $s}
            <tr>
                <td><a href="cart.php?do=receipt&amp;id={$s.id}">{$s.id}</a></td>
                <td>{$s.sold_at|date_format:'%H:%M'}</td>
                <td>{$s.last_name}, {$s.first_name}</td>
                <td>{$s.seat_count}</td>
                <td>{$s.total|string_format:'%.2f'}</td>
                <td>{$s.payment_method}</td>
            </tr>
        {foreachelse}
            <tr><td colspan="6">No sales yet.</td></tr>
        {/foreach}
        <tr class="sum"><td colspan="4">Total</td><td>{$total|string_format:'%.2f'}</td><td></td></tr>
    </table>
    <form method="post" action="box_office.php?do=export" class="inline">
        <input type="hidden" name="csrf" value="{$csrf}">
        <input type="hidden" name="performance" value="{$performance}">
        <label>File name <input name="filename" placeholder="sales-{$smarty.now|date_format:'%Y-%m-%d'}.csv"></label>
        <button>Export CSV</button>
    </form>
{elseif $do == 'patrons'}
    <form method="get" class="inline">
        <input type="hidden" name="do" value="patrons">
        <label>Last name <input name="q" value="{$query}"></label>
        <button>Find</button>
    </form>
    <table class="patrons">
        <tr><th>Name</th><th>E-mail</th><th>Phone</th><th>Website</th><th></th></tr>
        {foreach $patrons as $p}
            <tr>
                <td><a href="box_office.php?do=patrons&amp;q={$p.last_name|escape:'url'}">{$p.last_name}, {$p.first_name}</a></td> {* SAFE xss *}
                <td>{$p.email}</td>
                <td>{$p.phone}</td>
                <td>{if $p.website}<a href="{$p.website}" target="_blank">{$p.website|truncate:40}</a>{/if}</td> {* VULN xss *}
                <td>
                    <form method="post" action="account.php?do=password" class="reset">
                        <input type="hidden" name="csrf" value="{$csrf}">
                        <input type="hidden" name="patron_id" value="{$p.id}">
                        <input type="password" name="new_password" placeholder="new password" minlength="8">
                        <button>Reset</button>
                    </form>
                </td>
            </tr>
        {/foreach}
    </table>
{elseif $do == 'cart'}
    <h2>Current cart</h2>
    <ul class="cart">
        {foreach $cart.seats as $seat}<li>Seat #{$seat.seat_id} — {$seat.price|string_format:'%.2f'}</li>{/foreach}
    </ul>
    <form method="post" action="cart.php?do=checkout">
        <input type="hidden" name="csrf" value="{$csrf}">
        <label>Dedication printed on the receipt <textarea name="dedication" rows="2"></textarea></label>
        <label>Payment
            <select name="payment"><option>card</option><option>cash</option><option>voucher</option></select>
        </label>
        <label><input type="checkbox" name="email_receipt" value="1" checked> E-mail the receipt</label>
        <button>Complete sale</button>
    </form>
{elseif $do == 'footer'}
    {if $saved}<p class="flash">Footer saved.</p>{/if}
    <form method="post" action="box_office.php?do=footer">
        <input type="hidden" name="csrf" value="{$csrf}">
        <label>Receipt footer (you may use {ldelim}$sale.title{rdelim} and {ldelim}$sale.starts_at{rdelim})
            <textarea name="footer" rows="6" cols="70"></textarea>
        </label>
        <button>Save</button>
    </form>
{/if}
</body>
</html>
