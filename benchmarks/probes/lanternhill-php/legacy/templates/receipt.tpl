{* Receipt shown at the counter and sent by e-mail *}
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Receipt #{$receipt.id}</title>
    <style>body { font-family: Georgia, serif; max-width: 36em; margin: 2em auto; } .dedication { font-style: italic; }</style>
</head>
<body>
    <h1>Lanternhill Community Theatre</h1>
    <p>Receipt #{$receipt.id} · {$receipt.sold_at|date_format:'%e %B %Y, %H:%M'}</p>
    {* names imported from TixPro in 2016 are stored with HTML entities (O&amp;#39;Brien) *}
    <p class="patron">{$receipt.patron_name nofilter}</p> {* VULN xss *}
    <h2>{$receipt.title}</h2>
    <p>{$receipt.starts_at|date_format:'%A %e %B, %H:%M'}</p>
    <table>
        {foreach $receipt.seats as $seat}
            <tr><td>Section {$seat.section}, row {$seat.seat_row}, seat {$seat.seat_number}</td><td>{$seat.price|string_format:'%.2f'}</td></tr>
        {/foreach}
        <tr><th>Total ({$receipt.payment_method})</th><th>{$receipt.total|string_format:'%.2f'}</th></tr>
    </table>
    {if $receipt.dedication}
        <p class="dedication">{$receipt.dedication|escape:"html"|nl2br nofilter}</p> {* SAFE xss *}
    {/if}
    <footer>{$footer nofilter}</footer>
</body>
</html>
