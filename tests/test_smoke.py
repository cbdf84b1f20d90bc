def test_front_page_lists_the_municipalities(client):
    response = client.get("/")
    assert response.status_code == 200
    for name in ("Bærum kommune", "Jevnaker kommune", "Vestby kommune", "Tromsø kommune"):
        assert name in response.get_data(as_text=True)
