"""Map building: a pure function from a filtered view to a `folium.Map`, one module per layer."""
