use super::*;

fn code(random: u8) -> ReturnCode {
    ReturnCode::from_random(&[random; ReturnCode::RANDOM_BYTES]).expect("enough bytes")
}

#[test]
fn a_new_code_is_twelve_digits_in_groups_of_four_and_reads_back() {
    let random: Vec<u8> = (0..ReturnCode::RANDOM_BYTES as u8).map(|byte| byte.wrapping_mul(37)).collect();
    let made = ReturnCode::from_random(&random).expect("enough bytes");
    let shown = made.display();
    assert_eq!(shown.len(), 14, "{shown}");
    assert!(shown.split(' ').all(|group| group.len() == 4 && group.bytes().all(|b| b.is_ascii_digit())));
    assert_eq!(ReturnCode::parse(&shown), Ok(made.clone()));
    assert_eq!(ReturnCode::parse(&shown.replace(' ', "")), Ok(made.clone()));
    assert_eq!(ReturnCode::parse(&shown.replace(' ', "-")), Ok(made));
}

#[test]
fn bytes_that_would_favour_low_digits_are_skipped() {
    let mut random = vec![250, 251, 255];
    random.extend([7u8; 11]);
    let made = ReturnCode::from_random(&random).expect("enough bytes");
    assert!(made.display().starts_with("7777 7777 777"), "{}", made.display());
    assert_eq!(ReturnCode::from_random(&[255; 40]), None, "no usable byte, no code");
}

#[test]
fn every_single_digit_error_and_every_adjacent_swap_is_caught() {
    for seed in 0..50u8 {
        let random: Vec<u8> =
            (0..ReturnCode::RANDOM_BYTES as u8).map(|byte| byte.wrapping_mul(seed | 1).wrapping_add(seed)).collect();
        let Some(made) = ReturnCode::from_random(&random) else { continue };
        let digits: Vec<u8> = made.0.bytes().collect();
        for position in 0..DIGITS {
            for other in b'0'..=b'9' {
                if other == digits[position] {
                    continue;
                }
                let mut typed = digits.clone();
                typed[position] = other;
                let typed = String::from_utf8(typed).unwrap();
                assert_eq!(ReturnCode::parse(&typed), Err(CodeError::Check), "{typed}");
            }
            if position + 1 < DIGITS && digits[position] != digits[position + 1] {
                let mut swapped = digits.clone();
                swapped.swap(position, position + 1);
                let swapped = String::from_utf8(swapped).unwrap();
                assert_eq!(ReturnCode::parse(&swapped), Err(CodeError::Check), "{swapped}");
            }
        }
    }
}

#[test]
fn digits_in_the_scripts_children_type_are_the_same_digits() {
    let made = code(3);
    let ascii = made.0.clone();
    let in_script = |zero: u32| -> String {
        ascii.chars().map(|digit| char::from_u32(zero + digit.to_digit(10).unwrap()).unwrap()).collect()
    };
    for zero in [0x660, 0x6F0, 0x9E6, 0x966] {
        assert_eq!(ReturnCode::parse(&in_script(zero)), Ok(made.clone()), "digits from U+{zero:04X}");
    }
}

#[test]
fn what_is_not_a_code_says_why() {
    assert_eq!(ReturnCode::parse(""), Err(CodeError::Length));
    assert_eq!(ReturnCode::parse("1234 5678"), Err(CodeError::Length));
    assert_eq!(ReturnCode::parse("1234 5678 9012 3"), Err(CodeError::Length));
    assert_eq!(ReturnCode::parse("1234 5678 901O"), Err(CodeError::NotADigit));
    assert_eq!(ReturnCode::parse("１２３４"), Err(CodeError::NotADigit), "full-width digits are not read");
}

#[test]
fn the_stored_hash_depends_on_the_key_and_never_shows_the_code() {
    let made = code(5);
    let one = made.keyed_hash(b"key one");
    assert_eq!(one.len(), 64);
    assert_eq!(one, made.keyed_hash(b"key one"), "the same code and key: the same hash, to look it up");
    assert_ne!(one, made.keyed_hash(b"key two"));
    assert!(!one.contains(&made.0));
    assert_eq!(format!("{made:?}"), "ReturnCode(…)");
}
