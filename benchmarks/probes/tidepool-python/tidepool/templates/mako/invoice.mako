<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>Invoice ${booking.reference}</title>
  <style>
    body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
    .lines td { padding: 2pt 8pt; }
    .lines td.amount { text-align: right; }
    .total td { font-weight: bold; border-top: 1px solid #000; }
  </style>
</head>
<body>
  <header>
    <h1>Tidepool Marina</h1>
    <p>Harbour Office, Quay Street 1 &middot; VAT EU000000000</p>
  </header>
  <h2>Invoice ${booking.reference}</h2>
  <p>Customer: ${customer}<br>
     Vessel: ${booking.vessel_name} &middot; Berth ${booking.berth_code}<br>
     Stay: ${booking.arrival.isoformat()} &ndash; ${booking.departure.isoformat()}</p>
  <table class="lines">
    % for line in lines:
    <tr class="${'total' if line['label'] == 'Total' else ''}">
      <td>${line["label"]}</td>
      <td class="amount">&euro; ${line["amount"]}</td>
    </tr>
    % endfor
  </table>
  <p>Payment received with thanks. Gate PINs are sent separately by SMS.</p>
</body>
</html>
