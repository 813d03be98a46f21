// Opens the printable fitting card for the wardrobe team.
function openFittingCard(performer, fittingId) {
    const params = new URLSearchParams({ performer: performer, fitting: String(fittingId) });
    window.open('/fitting-card.html?' + params.toString(), 'fitting-card', 'width=480,height=640');
}
