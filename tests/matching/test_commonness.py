from matching.names import prepare_name


def common(name: str) -> list[bool]:
    return [part.common for part in prepare_name(name).parts]


def test_very_common_names_in_any_listed_spelling_or_script() -> None:
    assert common("Mohamed Ali") == [True, True]
    assert common("محمد") == [True]  # through the variant group of Muhammad
    assert common("KIM JONG SIK") == [True, True, False]
    assert common("김") == [True]
    assert common("王小明") == [True, False]


def test_rarer_names_are_not_common() -> None:
    assert common("Innocent Kaina") == [False, False]
    assert common("Zubizarreta") == [False]
